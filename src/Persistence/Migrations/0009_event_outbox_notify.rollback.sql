DROP TRIGGER IF EXISTS event_outbox_notify ON event_outbox;
DROP FUNCTION IF EXISTS event_outbox_notify();
ALTER TABLE event_outbox DROP COLUMN IF EXISTS notify_limit;
ALTER TABLE event_outbox DROP COLUMN IF EXISTS notify_channel;
