-- Seed 003's saved payment methods, resources (shared with students) and resource checkouts.

-- A family's or a band's saved payment method (exactly one owner). Only the last four digits are stored; at most one
-- active method of an owner is its default (partial unique indexes: of two concurrent requests making one, one wins).
CREATE TABLE payment_methods (
    id                       uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    family_id                uuid        REFERENCES families (id) ON DELETE CASCADE,
    band_id                  uuid        REFERENCES bands (id) ON DELETE CASCADE,
    payment_type             text        NOT NULL,
    last_four                text        NOT NULL,
    stripe_payment_method_id text,
    is_default               boolean     NOT NULL DEFAULT false,
    is_active                boolean     NOT NULL DEFAULT true,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT payment_methods_owner_check CHECK (num_nonnulls(family_id, band_id) = 1),
    CONSTRAINT payment_methods_payment_type_check CHECK (payment_type IN ('CREDIT_CARD', 'DEBIT_CARD', 'BANK_ACCOUNT')),
    CONSTRAINT payment_methods_last_four_check CHECK (last_four ~ '^[0-9]{4}$')
);

CREATE INDEX payment_methods_family_id_idx ON payment_methods (family_id);
CREATE INDEX payment_methods_band_id_idx ON payment_methods (band_id);
CREATE UNIQUE INDEX payment_methods_stripe_payment_method_id_key ON payment_methods (stripe_payment_method_id);
CREATE UNIQUE INDEX payment_methods_family_default_key ON payment_methods (family_id, is_default) WHERE is_default AND is_active AND family_id IS NOT NULL;
CREATE UNIQUE INDEX payment_methods_band_default_key ON payment_methods (band_id, is_default) WHERE is_default AND is_active AND band_id IS NOT NULL;
CREATE TRIGGER payment_methods_set_updated_at BEFORE UPDATE ON payment_methods FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A studio's resource. A digital one has its uploaded file (the stored name, URL, name, size and media type together)
-- or an external URL; a LINK has the URL. The available quantity is the database's: a resource starts with all of it,
-- a checkout takes a copy (see resource_checkouts_quantities), a return gives it back.
CREATE TABLE resources (
    id                     uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id              uuid        NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    uploaded_by_id         uuid        REFERENCES users (id) ON DELETE SET NULL,
    title                  text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description            text,
    resource_type          text        NOT NULL,
    file_url               text,
    file_name              text,
    stored_name            text,
    file_size              bigint,
    mime_type              text,
    external_url           text,
    tags                   jsonb,
    category               text,
    is_physical_item       boolean     NOT NULL DEFAULT false,
    quantity_total         integer     NOT NULL DEFAULT 1,
    quantity_available     integer     NOT NULL DEFAULT 0,
    is_lendable            boolean     NOT NULL DEFAULT false,
    checkout_duration_days integer     NOT NULL DEFAULT 14,
    is_public              boolean     NOT NULL DEFAULT false,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT resources_resource_type_check CHECK (resource_type IN ('PDF', 'AUDIO', 'VIDEO', 'IMAGE', 'PHYSICAL', 'LINK', 'OTHER')),
    CONSTRAINT resources_file_check CHECK (num_nonnulls(stored_name, file_url, file_name, file_size, mime_type) IN (0, 5)),
    CONSTRAINT resources_file_or_url_check CHECK (is_physical_item OR stored_name IS NOT NULL OR external_url IS NOT NULL),
    CONSTRAINT resources_link_check CHECK (resource_type <> 'LINK' OR external_url IS NOT NULL),
    CONSTRAINT resources_physical_check CHECK (resource_type <> 'PHYSICAL' OR is_physical_item),
    CONSTRAINT resources_external_url_check CHECK (external_url ~* '^https?://'),
    CONSTRAINT resources_tags_check CHECK (jsonb_typeof(tags) = 'array'),
    CONSTRAINT resources_file_size_check CHECK (file_size >= 0),
    CONSTRAINT resources_quantity_total_check CHECK (quantity_total >= 0),
    CONSTRAINT resources_quantity_available_check CHECK (quantity_available BETWEEN 0 AND quantity_total),
    CONSTRAINT resources_checkout_duration_days_check CHECK (checkout_duration_days > 0)
);

CREATE INDEX resources_studio_id_is_public_idx ON resources (studio_id, is_public);
CREATE INDEX resources_resource_type_idx ON resources (resource_type);
CREATE INDEX resources_uploaded_by_id_idx ON resources (uploaded_by_id);
CREATE INDEX resources_tags_idx ON resources USING gin (tags);
CREATE UNIQUE INDEX resources_stored_name_key ON resources (stored_name);
CREATE TRIGGER resources_set_updated_at BEFORE UPDATE ON resources FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A new resource has all of its copies available; a writer's change of the total moves the available quantity by as
-- much (below what is lent out, the check refuses it). The checkouts' trigger (one level deeper) sets both itself.
CREATE FUNCTION resources_available() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.quantity_available := NEW.quantity_total;
    ELSIF pg_trigger_depth() = 1 THEN
        NEW.quantity_available := OLD.quantity_available + NEW.quantity_total - OLD.quantity_total;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER resources_available BEFORE INSERT OR UPDATE ON resources
    FOR EACH ROW EXECUTE FUNCTION resources_available();

-- Seed 003's shared_with_students.
CREATE TABLE resource_shares (
    id          uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    resource_id uuid        NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    student_id  uuid        NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT resource_shares_resource_id_student_id_key UNIQUE (resource_id, student_id)
);

CREATE INDEX resource_shares_student_id_idx ON resource_shares (student_id);
CREATE TRIGGER resource_shares_set_updated_at BEFORE UPDATE ON resource_shares FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE resource_checkouts (
    id             uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    resource_id    uuid        NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    student_id     uuid        NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    status         text        NOT NULL DEFAULT 'CHECKED_OUT',
    checked_out_at timestamptz NOT NULL DEFAULT now(),
    due_date       date,
    returned_at    timestamptz,
    checkout_notes text,
    return_notes   text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT resource_checkouts_status_check CHECK (status IN ('CHECKED_OUT', 'RETURNED', 'OVERDUE', 'LOST'))
);

CREATE INDEX resource_checkouts_resource_id_idx ON resource_checkouts (resource_id);
CREATE INDEX resource_checkouts_student_id_idx ON resource_checkouts (student_id);
CREATE INDEX resource_checkouts_status_idx ON resource_checkouts (status);
CREATE INDEX resource_checkouts_due_date_idx ON resource_checkouts (due_date);
CREATE TRIGGER resource_checkouts_set_updated_at BEFORE UPDATE ON resource_checkouts FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- What a checkout in a status does to its resource, against no checkout at all: CHECKED_OUT and OVERDUE hold a copy
-- (one less available), LOST wrote it off (one less available and one less in total), RETURNED gave it back.
CREATE FUNCTION resource_checkout_effect(status text, OUT available integer, OUT total integer) LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN status IN ('CHECKED_OUT', 'OVERDUE', 'LOST') THEN -1 ELSE 0 END, CASE WHEN status = 'LOST' THEN -1 ELSE 0 END
$$;

-- A checkout takes, gives back or writes off its copy as its status (or its deletion) says; its resource is fixed.
-- Taking a copy updates the resource only while one is available and it is a lendable physical item: that update
-- locks the resource's row, so concurrent checkouts are counted one after another, and a refusal says what is wrong.
-- Without a due date, a checkout is due after the resource's lending period.
CREATE FUNCTION resource_checkouts_quantities() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    res resources;
    was record;
    goes record;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status IN ('CHECKED_OUT', 'OVERDUE') THEN
            UPDATE resources SET quantity_available = quantity_available + 1 WHERE id = OLD.resource_id;
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.resource_id <> OLD.resource_id THEN
            RAISE EXCEPTION 'The resource of a checkout is fixed.' USING ERRCODE = 'check_violation', COLUMN = 'resource_id';
        END IF;
        was := resource_checkout_effect(OLD.status);
    ELSE
        was := resource_checkout_effect(NULL);
        SELECT * INTO res FROM resources WHERE id = NEW.resource_id;
        IF FOUND THEN
            NEW.due_date := coalesce(NEW.due_date, (NEW.checked_out_at + make_interval(days => res.checkout_duration_days))::date);
        END IF;
    END IF;
    goes := resource_checkout_effect(NEW.status);
    IF goes.available < was.available THEN
        UPDATE resources SET quantity_available = quantity_available + goes.available - was.available,
                             quantity_total = quantity_total + goes.total - was.total
            WHERE id = NEW.resource_id AND is_physical_item AND is_lendable AND quantity_available >= was.available - goes.available;
        IF NOT FOUND THEN
            SELECT * INTO res FROM resources WHERE id = NEW.resource_id;
            IF NOT FOUND THEN
                RETURN NEW; -- the foreign key refuses it
            ELSIF NOT (res.is_physical_item AND res.is_lendable) THEN
                RAISE EXCEPTION '% is not a lendable physical item.', res.title USING ERRCODE = 'check_violation', COLUMN = 'resource_id';
            END IF;
            RAISE EXCEPTION 'No copy of % is left to check out (% in all, none available).', res.title, res.quantity_total
                USING ERRCODE = 'check_violation', COLUMN = 'resource_id';
        END IF;
    ELSIF goes.available <> was.available OR goes.total <> was.total THEN
        UPDATE resources SET quantity_available = quantity_available + goes.available - was.available,
                             quantity_total = quantity_total + goes.total - was.total
            WHERE id = NEW.resource_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER resource_checkouts_quantities BEFORE INSERT OR UPDATE OF status, resource_id OR DELETE ON resource_checkouts
    FOR EACH ROW EXECUTE FUNCTION resource_checkouts_quantities();

-- Row rules of the resources (mapped by GraphDbContext, called by the EF query filters).

-- Whether the user has a student record at the studio.
CREATE FUNCTION studies_at_studio(studio uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM students s WHERE s.studio_id = studio AND s.user_id = viewer)
$$;

-- Whether the user is a teacher of the resource's studio.
CREATE FUNCTION teaches_at_resource_studio(resource uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM resources r JOIN teachers t ON t.studio_id = r.studio_id WHERE r.id = resource AND t.user_id = viewer)
$$;

-- Whether the resource is shared with, or lent to, the user's student record or a student of the family the user is
-- the primary contact of (a borrower reads what they borrowed).
CREATE FUNCTION is_resource_shared_or_lent(resource uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM students s
        WHERE (s.user_id = viewer OR EXISTS (SELECT 1 FROM families f WHERE f.id = s.family_id AND f.primary_contact_id = viewer))
          AND (EXISTS (SELECT 1 FROM resource_shares rs WHERE rs.resource_id = resource AND rs.student_id = s.id)
               OR EXISTS (SELECT 1 FROM resource_checkouts rc WHERE rc.resource_id = resource AND rc.student_id = s.id)))
$$;

-- Seed 003's ResourceCheckout.is_overdue(): the overdue job moves a checked-out copy past its due date to OVERDUE.
ALTER TABLE resource_checkouts ADD COLUMN is_overdue boolean NOT NULL GENERATED ALWAYS AS (status = 'OVERDUE') STORED;
