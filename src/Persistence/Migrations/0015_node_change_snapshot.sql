-- A nodeChanged event carries the node as its transaction left it, so a subscriber served late reads the node as it
-- was after that write (not as a later write left it, nor missing once a later write deleted it). The row is read
-- when the transaction commits (a deferred trigger: the event may be inserted before the change it announces, in the
-- same batch), from the table the event names; a deletion's event brings the row as it was, written by the server
-- before the row went. The NOTIFY moves into the same deferred trigger, so it carries the completed payload. A
-- password hash stays out of events (a snapshot is a row of the outbox and of a notification).
CREATE FUNCTION event_outbox_complete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    completed jsonb := NEW.payload;
    node_row jsonb;
    head jsonb := jsonb_build_object('s', NEW.sequence, 'i', NEW.id, 't', NEW.topic, 'c', NEW.created_at);
    whole text;
BEGIN
    IF NEW.topic LIKE 'nodeChanged:%' AND completed ? 'table' AND coalesce(completed->'snapshot', 'null'::jsonb) = 'null'::jsonb THEN
        EXECUTE format('SELECT to_jsonb(t) - ''password_hash'' FROM %I t WHERE t.id = $1', completed->>'table') INTO node_row USING (completed->>'id')::uuid;
        IF node_row IS NOT NULL THEN
            completed := completed || jsonb_build_object('snapshot', node_row);
            UPDATE event_outbox SET payload = completed WHERE id = NEW.id;
        END IF;
    END IF;
    IF NEW.notify_channel IS NOT NULL THEN
        whole := (head || jsonb_build_object('p', completed))::text;
        PERFORM pg_notify(NEW.notify_channel, CASE WHEN octet_length(whole) <= NEW.notify_limit THEN whole ELSE head::text END);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER event_outbox_notify ON event_outbox;
DROP FUNCTION event_outbox_notify();

CREATE CONSTRAINT TRIGGER event_outbox_complete AFTER INSERT ON event_outbox
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION event_outbox_complete();
