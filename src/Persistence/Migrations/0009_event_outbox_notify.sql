-- The NOTIFY of an outbox event moves into a trigger, so an event inserted as a row of a batch (beside the change it
-- announces, in one round trip) is announced like one inserted on its own. The writer puts on the row where to
-- announce it (the channel, Postgres mode; null in InProcess mode) and how large a payload the notification carries
-- (larger ones carry only the event's head; listeners read the row).
ALTER TABLE event_outbox ADD COLUMN notify_channel text;
ALTER TABLE event_outbox ADD COLUMN notify_limit integer;

CREATE FUNCTION event_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head jsonb := jsonb_build_object('s', NEW.sequence, 'i', NEW.id, 't', NEW.topic, 'c', NEW.created_at);
    whole text := (head || jsonb_build_object('p', NEW.payload))::text;
BEGIN
    PERFORM pg_notify(NEW.notify_channel, CASE WHEN octet_length(whole) <= NEW.notify_limit THEN whole ELSE head::text END);
    RETURN NULL;
END
$$;

CREATE TRIGGER event_outbox_notify AFTER INSERT ON event_outbox
    FOR EACH ROW WHEN (NEW.notify_channel IS NOT NULL) EXECUTE FUNCTION event_outbox_notify();
