-- Notifications (seed 003): what happened that concerns a user. The database writes them with the change they tell
-- of, in its transaction, whichever path made it (a mutation, a recurring pattern's lessons, the overdue job):
-- a lesson scheduled or cancelled (to the student's account and the family contact), an invoice sent (to its payer),
-- a checkout approved (to the borrower). Each announces itself on notificationReceived:{user} through the outbox, and
-- the user's unread count is kept beside the user.

-- Where the servers hear events the database writes itself: their NOTIFY channel and inline payload limit, set by each
-- server as its outbox delivery starts (NULL when they deliver in process: their sweeper then publishes these rows).
CREATE TABLE event_outbox_delivery (
    id             boolean     PRIMARY KEY DEFAULT true,
    notify_channel text,
    notify_limit   integer     NOT NULL DEFAULT 7900,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT event_outbox_delivery_one_row CHECK (id)
);

INSERT INTO event_outbox_delivery (notify_channel) VALUES ('graph_events');
CREATE TRIGGER event_outbox_delivery_set_updated_at BEFORE UPDATE ON event_outbox_delivery FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE event_outbox_delivery IS 'How events written by the database itself are announced (one row, kept by the servers).';

-- An event written by the database: announced as the servers' own are (the outbox's commit trigger sends the NOTIFY).
CREATE FUNCTION event_outbox_announce(topic text, payload jsonb) RETURNS void LANGUAGE sql AS $$
    INSERT INTO event_outbox (topic, payload, published_at, notify_channel, notify_limit)
    SELECT topic, payload, CASE WHEN d.notify_channel IS NOT NULL THEN now() END, d.notify_channel, d.notify_limit
    FROM (SELECT 1) one LEFT JOIN event_outbox_delivery d ON true
$$;

CREATE TABLE notifications (
    id                uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id           uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title             text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    message           text        NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    notification_type text        NOT NULL DEFAULT 'GENERAL',
    is_read           boolean     NOT NULL DEFAULT false,
    read_at           timestamptz,
    link              text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notifications_notification_type_check CHECK (notification_type IN
        ('LESSON_SCHEDULED', 'LESSON_CANCELLED', 'INVOICE_SENT', 'CHECKOUT_APPROVED', 'GENERAL')),
    CONSTRAINT notifications_link_check CHECK (link ~ '^(/|https?://)')
);

CREATE INDEX notifications_user_id_created_at_idx ON notifications (user_id, created_at);
CREATE INDEX notifications_user_id_is_read_idx ON notifications (user_id, is_read);
CREATE TRIGGER notifications_set_updated_at BEFORE UPDATE ON notifications FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE users ADD COLUMN unread_notification_count integer NOT NULL DEFAULT 0;
ALTER TABLE users ADD CONSTRAINT users_unread_notification_count_check CHECK (unread_notification_count >= 0);

-- A notification is announced to its user when written; the user's unread count follows every write.
CREATE FUNCTION notifications_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM event_outbox_announce('notificationReceived:' || NEW.user_id, jsonb_build_object('id', NEW.id, 'userId', NEW.user_id));
    END IF;
    IF TG_OP <> 'INSERT' AND NOT OLD.is_read THEN
        UPDATE users SET unread_notification_count = unread_notification_count - 1 WHERE id = OLD.user_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NOT NEW.is_read THEN
        UPDATE users SET unread_notification_count = unread_notification_count + 1 WHERE id = NEW.user_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER notifications_changed AFTER INSERT OR UPDATE OF is_read, user_id OR DELETE ON notifications
    FOR EACH ROW EXECUTE FUNCTION notifications_changed();

-- Read is stamped when a notification is marked read, and cleared when it is marked unread again.
CREATE FUNCTION notifications_read_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.read_at := CASE WHEN NEW.is_read THEN coalesce(NEW.read_at, now()) END;
    RETURN NEW;
END $$;

CREATE TRIGGER notifications_read_at BEFORE INSERT OR UPDATE OF is_read ON notifications
    FOR EACH ROW EXECUTE FUNCTION notifications_read_at();

-- Writes one notification to each of the (distinct, non-null) users, announced as a created node is (NodeChange's
-- payload; the commit trigger adds the row's snapshot). Those written through the API are announced by their writer.
CREATE FUNCTION notify_users(recipients uuid[], kind text, title text, message text, link text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    written uuid;
BEGIN
    FOR written IN
        INSERT INTO notifications (user_id, notification_type, title, message, link)
        SELECT DISTINCT r, kind, notify_users.title, notify_users.message, notify_users.link FROM unnest(recipients) r WHERE r IS NOT NULL
        RETURNING id
    LOOP
        PERFORM event_outbox_announce('nodeChanged:Notification', jsonb_build_object(
            'operation', 'Created', 'typeName', 'Notification', 'id', written, 'table', 'notifications', 'changedAt', now(),
            'changedFields', to_jsonb(ARRAY['user', 'title', 'message', 'notificationType', 'isRead', 'link'])));
    END LOOP;
END $$;

-- The student's account and their family's contact.
CREATE FUNCTION student_recipients(student uuid) RETURNS uuid[] LANGUAGE sql STABLE AS $$
    SELECT ARRAY[s.user_id, f.primary_contact_id] FROM students s LEFT JOIN families f ON f.id = s.family_id WHERE s.id = student
$$;

-- A lesson's start as its studio reads it.
CREATE FUNCTION lesson_when(studio uuid, starts timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(starts AT TIME ZONE s.time_zone, 'FMDay, FMMonth FMDD "at" HH24:MI') FROM studios s WHERE s.id = studio
$$;

-- A lesson booked one by one is told as it is scheduled; a recurring pattern is told once (not each lesson it makes);
-- a cancelled lesson is told, except those a deactivated pattern cancels (the pattern is told).
CREATE FUNCTION lessons_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.status = 'SCHEDULED' AND NEW.recurring_pattern_id IS NULL THEN
        PERFORM notify_users(student_recipients(NEW.student_id), 'LESSON_SCHEDULED', 'Lesson scheduled',
            'A lesson is scheduled for ' || lesson_when(NEW.studio_id, NEW.scheduled_start) || '.', NULL);
    ELSIF TG_OP = 'UPDATE' AND NEW.status = 'CANCELLED' AND OLD.status <> 'CANCELLED'
        AND NOT (NEW.recurring_pattern_id IS NOT NULL AND EXISTS (SELECT 1 FROM recurring_patterns p WHERE p.id = NEW.recurring_pattern_id AND NOT p.is_active)) THEN
        PERFORM notify_users(student_recipients(NEW.student_id), 'LESSON_CANCELLED', 'Lesson cancelled',
            'The lesson of ' || lesson_when(NEW.studio_id, NEW.scheduled_start) || ' is cancelled: ' || NEW.cancellation_reason, NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER lessons_notify AFTER INSERT OR UPDATE OF status ON lessons
    FOR EACH ROW EXECUTE FUNCTION lessons_notify();

CREATE FUNCTION recurring_patterns_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.is_active THEN
        PERFORM notify_users(student_recipients(NEW.student_id), 'LESSON_SCHEDULED', 'Lessons scheduled',
            'Lessons are scheduled ' || lower(NEW.frequency) || ' from ' || to_char(NEW.start_date, 'FMMonth FMDD') || ' at ' || to_char(NEW.start_time, 'HH24:MI') || '.', NULL);
    ELSIF TG_OP = 'UPDATE' AND OLD.is_active AND NOT NEW.is_active THEN
        PERFORM notify_users(student_recipients(NEW.student_id), 'LESSON_CANCELLED', 'Lessons cancelled',
            'The ' || lower(NEW.frequency) || ' lessons still to come are cancelled.', NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER recurring_patterns_notify AFTER INSERT OR UPDATE OF is_active ON recurring_patterns
    FOR EACH ROW EXECUTE FUNCTION recurring_patterns_notify();

-- An invoice leaving DRAFT (or written sent) for its payer (its family's or band's contact).
CREATE FUNCTION invoices_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status NOT IN ('DRAFT', 'CANCELLED') AND (TG_OP = 'INSERT' OR OLD.status = 'DRAFT') THEN
        PERFORM notify_users(
            ARRAY[(SELECT primary_contact_id FROM families WHERE id = NEW.family_id), (SELECT primary_contact_id FROM bands WHERE id = NEW.band_id)],
            'INVOICE_SENT', 'Invoice ' || NEW.invoice_number,
            'Invoice ' || NEW.invoice_number || ' of ' || NEW.total || ' is due on ' || to_char(NEW.due_date, 'FMMonth FMDD, YYYY') || '.', NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER invoices_notify AFTER INSERT OR UPDATE OF status ON invoices
    FOR EACH ROW EXECUTE FUNCTION invoices_notify();

-- An approved checkout (approved by a move, or written approved) for its borrower.
CREATE FUNCTION checkout_logs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'APPROVED' AND (TG_OP = 'INSERT' OR OLD.status <> 'APPROVED') THEN
        PERFORM notify_users(ARRAY[NEW.student_id], 'CHECKOUT_APPROVED', 'Checkout approved',
            (SELECT NEW.quantity || ' × ' || i.name FROM inventory_items i WHERE i.id = NEW.item_id) || ', due back on '
                || coalesce(to_char(NEW.due_date, 'FMMonth FMDD'), 'when returned') || '.', NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER checkout_logs_notify AFTER INSERT OR UPDATE OF status ON checkout_logs
    FOR EACH ROW EXECUTE FUNCTION checkout_logs_notify();
