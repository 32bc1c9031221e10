-- Diagnostics (seed 001): pets, the test catalogue, bookings and their items, reports and batch groups.
-- Deletes follow the seed's notes: ownership cascades (user -> pet -> booking -> item -> report), optional
-- links are cleared (collector, batch group); a catalogue row in use cannot be deleted.

CREATE TABLE pets (
    id              uuid         PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id         uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name            text         NOT NULL,
    species         text         NOT NULL,
    breed           text,
    age_years       numeric(5,2),
    weight_kg       numeric(6,2),
    medical_history text,
    is_active       boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pets_age_years_check CHECK (age_years >= 0),
    CONSTRAINT pets_weight_kg_check CHECK (weight_kg > 0)
);

CREATE INDEX pets_user_id_idx ON pets (user_id);
CREATE INDEX pets_name_idx ON pets (name);
CREATE TRIGGER pets_set_updated_at BEFORE UPDATE ON pets FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE test_categories (
    id          uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    name        text        NOT NULL,
    description text,
    is_active   boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT test_categories_name_key UNIQUE (name)
);

CREATE TRIGGER test_categories_set_updated_at BEFORE UPDATE ON test_categories FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Seed 001's "tests" table.
CREATE TABLE lab_tests (
    id                             uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    category_id                    uuid          NOT NULL REFERENCES test_categories (id) ON DELETE RESTRICT,
    name                           text          NOT NULL,
    description                    text,
    price                          numeric(12,2) NOT NULL,
    discounted_price               numeric(12,2),
    sample_type                    text,
    report_time_hours              integer,
    is_active                      boolean       NOT NULL DEFAULT true,
    tube_type                      text,
    sample_quantity_ml             numeric(6,2),
    sample_collection_instructions text,
    tat_hours                      integer,
    created_at                     timestamptz   NOT NULL DEFAULT now(),
    updated_at                     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT lab_tests_category_id_name_key UNIQUE (category_id, name),
    CONSTRAINT lab_tests_price_check CHECK (price >= 0),
    CONSTRAINT lab_tests_discounted_price_check CHECK (discounted_price >= 0 AND discounted_price <= price)
);

CREATE INDEX lab_tests_name_idx ON lab_tests (name);
CREATE TRIGGER lab_tests_set_updated_at BEFORE UPDATE ON lab_tests FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE bookings (
    id                    uuid         PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id               uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pet_id                uuid         NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    booking_date          timestamptz  NOT NULL,
    status                text         NOT NULL DEFAULT 'PENDING',
    address               text,
    address_link          text,
    collection_staff_id   uuid         REFERENCES users (id) ON DELETE SET NULL,
    notes                 text,
    estimated_distance_km numeric(8,2),
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT bookings_status_check CHECK (status IN ('PENDING', 'CONFIRMED', 'SAMPLE_COLLECTED', 'PROCESSING', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT bookings_estimated_distance_km_check CHECK (estimated_distance_km >= 0)
);

CREATE INDEX bookings_user_id_idx ON bookings (user_id);
CREATE INDEX bookings_pet_id_idx ON bookings (pet_id);
CREATE INDEX bookings_collection_staff_id_idx ON bookings (collection_staff_id);
CREATE INDEX bookings_status_idx ON bookings (status);
CREATE INDEX bookings_booking_date_idx ON bookings (booking_date);
CREATE INDEX bookings_created_at_idx ON bookings (created_at);
CREATE TRIGGER bookings_set_updated_at BEFORE UPDATE ON bookings FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE booking_items (
    id          uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    booking_id  uuid          NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    lab_test_id uuid          NOT NULL REFERENCES lab_tests (id) ON DELETE RESTRICT,
    quantity    integer       NOT NULL DEFAULT 1,
    unit_price  numeric(12,2) NOT NULL,
    status      text          NOT NULL DEFAULT 'PENDING',
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT booking_items_quantity_check CHECK (quantity > 0),
    CONSTRAINT booking_items_unit_price_check CHECK (unit_price >= 0),
    CONSTRAINT booking_items_status_check CHECK (status IN ('PENDING', 'COLLECTED', 'PROCESSING', 'COMPLETED'))
);

CREATE INDEX booking_items_booking_id_idx ON booking_items (booking_id);
CREATE INDEX booking_items_lab_test_id_idx ON booking_items (lab_test_id);
CREATE INDEX booking_items_status_idx ON booking_items (status);
CREATE TRIGGER booking_items_set_updated_at BEFORE UPDATE ON booking_items FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE test_batch_groups (
    id          uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    booking_id  uuid        NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    batch_name  text,
    description text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX test_batch_groups_booking_id_idx ON test_batch_groups (booking_id);
CREATE TRIGGER test_batch_groups_set_updated_at BEFORE UPDATE ON test_batch_groups FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE test_reports (
    id              uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    booking_item_id uuid        NOT NULL REFERENCES booking_items (id) ON DELETE CASCADE,
    pet_id          uuid        NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    lab_test_id     uuid        NOT NULL REFERENCES lab_tests (id) ON DELETE CASCADE,
    batch_group_id  uuid        REFERENCES test_batch_groups (id) ON DELETE SET NULL,
    report_file_url text,
    findings        text,
    status          text        NOT NULL DEFAULT 'PENDING',
    generated_at    timestamptz,
    verified_at     timestamptz,
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    -- One test in a booking is one report.
    CONSTRAINT test_reports_booking_item_id_key UNIQUE (booking_item_id),
    CONSTRAINT test_reports_status_check CHECK (status IN ('PENDING', 'GENERATED', 'VERIFIED', 'DELIVERED'))
);

CREATE INDEX test_reports_pet_id_idx ON test_reports (pet_id);
CREATE INDEX test_reports_lab_test_id_idx ON test_reports (lab_test_id);
CREATE INDEX test_reports_batch_group_id_idx ON test_reports (batch_group_id);
CREATE INDEX test_reports_status_idx ON test_reports (status);
CREATE INDEX test_reports_created_at_idx ON test_reports (created_at);
CREATE TRIGGER test_reports_set_updated_at BEFORE UPDATE ON test_reports FOR EACH ROW EXECUTE FUNCTION set_updated_at();
