DROP TRIGGER IF EXISTS event_outbox_complete ON event_outbox;
DROP FUNCTION IF EXISTS event_outbox_complete();

CREATE OR REPLACE FUNCTION event_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head jsonb := jsonb_build_object('s', NEW.sequence, 'i', NEW.id, 't', NEW.topic, 'c', NEW.created_at);
    whole text := (head || jsonb_build_object('p', NEW.payload))::text;
BEGIN
    PERFORM pg_notify(NEW.notify_channel, CASE WHEN octet_length(whole) <= NEW.notify_limit THEN whole ELSE head::text END);
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS event_outbox_notify ON event_outbox;
CREATE TRIGGER event_outbox_notify AFTER INSERT ON event_outbox
    FOR EACH ROW WHEN (NEW.notify_channel IS NOT NULL) EXECUTE FUNCTION event_outbox_notify();
