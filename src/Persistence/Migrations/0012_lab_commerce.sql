-- Lab commerce (seed 001's P1 and P2 models): offers and the tests they are limited to, coupons and their
-- redemptions, billing records with gap-free yearly invoice numbers, prescription uploads and the clinic's one
-- row of contact details. Rules a race could slip past live here: a coupon's uses never pass max_uses, codes are
-- unique whatever their case, one invoice number per year and number, invoiced amounts are frozen.

CREATE TABLE offers (
    id                  uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    name                text          NOT NULL,
    description         text,
    discount_type       text          NOT NULL,
    discount_value      numeric(12,2) NOT NULL,
    start_date          date          NOT NULL,
    end_date            date          NOT NULL,
    is_active           boolean       NOT NULL DEFAULT true,
    event_tag           text,
    minimum_order_value numeric(12,2),
    created_by_id       uuid          REFERENCES users (id) ON DELETE SET NULL,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT offers_name_key UNIQUE (name),
    CONSTRAINT offers_discount_type_check CHECK (discount_type IN ('PERCENTAGE', 'FIXED_AMOUNT')),
    CONSTRAINT offers_discount_value_check CHECK (discount_value > 0 AND (discount_type <> 'PERCENTAGE' OR discount_value <= 100)),
    CONSTRAINT offers_end_date_check CHECK (end_date >= start_date),
    CONSTRAINT offers_minimum_order_value_check CHECK (minimum_order_value >= 0)
);

CREATE INDEX offers_start_date_idx ON offers (start_date);
CREATE INDEX offers_end_date_idx ON offers (end_date);
CREATE INDEX offers_created_by_id_idx ON offers (created_by_id);
CREATE TRIGGER offers_set_updated_at BEFORE UPDATE ON offers FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Seed 001's applicable_tests: an offer with rows here applies only to these tests' lines.
CREATE TABLE offer_lab_tests (
    id          uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    offer_id    uuid        NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    lab_test_id uuid        NOT NULL REFERENCES lab_tests (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT offer_lab_tests_offer_id_lab_test_id_key UNIQUE (offer_id, lab_test_id)
);

CREATE INDEX offer_lab_tests_lab_test_id_idx ON offer_lab_tests (lab_test_id);
CREATE TRIGGER offer_lab_tests_set_updated_at BEFORE UPDATE ON offer_lab_tests FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE coupons (
    id                uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    code              text        NOT NULL,
    offer_id          uuid        REFERENCES offers (id) ON DELETE CASCADE,
    start_date        timestamptz NOT NULL,
    end_date          timestamptz NOT NULL,
    is_active         boolean     NOT NULL DEFAULT true,
    max_uses          integer,
    current_uses      integer     NOT NULL DEFAULT 0,
    max_uses_per_user integer     NOT NULL DEFAULT 1,
    created_by_id     uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT coupons_code_check CHECK (btrim(code) <> ''),
    CONSTRAINT coupons_end_date_check CHECK (end_date > start_date),
    CONSTRAINT coupons_max_uses_check CHECK (max_uses > 0),
    CONSTRAINT coupons_max_uses_per_user_check CHECK (max_uses_per_user > 0),
    CONSTRAINT coupons_current_uses_check CHECK (current_uses >= 0 AND (max_uses IS NULL OR current_uses <= max_uses))
);

-- A code is one code whatever its case; redemption looks up lower(code), which this index serves.
CREATE UNIQUE INDEX coupons_code_key ON coupons (lower(code));
CREATE INDEX coupons_offer_id_idx ON coupons (offer_id);
CREATE INDEX coupons_start_date_idx ON coupons (start_date);
CREATE INDEX coupons_end_date_idx ON coupons (end_date);
CREATE INDEX coupons_created_by_id_idx ON coupons (created_by_id);
CREATE TRIGGER coupons_set_updated_at BEFORE UPDATE ON coupons FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE coupon_redemptions (
    id              uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    coupon_id       uuid          NOT NULL REFERENCES coupons (id) ON DELETE CASCADE,
    booking_id      uuid          NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    user_id         uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    discount_amount numeric(12,2) NOT NULL,
    redemption_date timestamptz   NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT coupon_redemptions_coupon_id_booking_id_key UNIQUE (coupon_id, booking_id),
    CONSTRAINT coupon_redemptions_discount_amount_check CHECK (discount_amount >= 0)
);

CREATE INDEX coupon_redemptions_booking_id_idx ON coupon_redemptions (booking_id);
CREATE INDEX coupon_redemptions_user_id_idx ON coupon_redemptions (user_id);
CREATE INDEX coupon_redemptions_redemption_date_idx ON coupon_redemptions (redemption_date);
CREATE TRIGGER coupon_redemptions_set_updated_at BEFORE UPDATE ON coupon_redemptions FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE billing_records (
    id              uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    booking_id      uuid          NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    user_id         uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    base_amount     numeric(12,2) NOT NULL,
    discount_amount numeric(12,2) NOT NULL,
    distance_charge numeric(12,2) NOT NULL,
    final_amount    numeric(12,2) NOT NULL,
    billing_date    date          NOT NULL,
    billing_period  text          NOT NULL,
    status          text          NOT NULL DEFAULT 'DRAFT',
    invoice_number  text,
    invoice_date    timestamptz,
    paid_date       timestamptz,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT billing_records_booking_id_key UNIQUE (booking_id),
    CONSTRAINT billing_records_invoice_number_key UNIQUE (invoice_number),
    CONSTRAINT billing_records_status_check CHECK (status IN ('DRAFT', 'FINALIZED', 'INVOICED', 'PAID')),
    CONSTRAINT billing_records_amounts_check CHECK (base_amount >= 0 AND discount_amount >= 0 AND distance_charge >= 0
        AND discount_amount <= base_amount + distance_charge AND final_amount = base_amount - discount_amount + distance_charge),
    CONSTRAINT billing_records_billing_period_check CHECK (billing_period = to_char(billing_date, 'YYYY-MM')),
    CONSTRAINT billing_records_invoice_check CHECK ((status IN ('INVOICED', 'PAID')) = (invoice_number IS NOT NULL)),
    CONSTRAINT billing_records_paid_date_check CHECK ((status = 'PAID') = (paid_date IS NOT NULL))
);

CREATE INDEX billing_records_user_id_idx ON billing_records (user_id);
CREATE INDEX billing_records_billing_date_idx ON billing_records (billing_date);
CREATE INDEX billing_records_billing_period_idx ON billing_records (billing_period);
CREATE INDEX billing_records_status_idx ON billing_records (status);
CREATE TRIGGER billing_records_set_updated_at BEFORE UPDATE ON billing_records FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Entering INVOICED, a record gets its invoice year's next number. The advisory lock queues the records of one year
-- until the holder commits (or rolls back, returning its number): numbers are unique and leave no gap.
CREATE FUNCTION billing_records_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    year integer;
    last integer;
BEGIN
    IF NEW.status IN ('INVOICED', 'PAID') AND NEW.invoice_number IS NULL THEN
        NEW.invoice_date := coalesce(NEW.invoice_date, now());
        year := extract(year FROM NEW.invoice_date AT TIME ZONE 'UTC');
        PERFORM pg_advisory_xact_lock(hashtext('billing_records_invoice'), year);
        SELECT coalesce(max(substring(invoice_number FROM 10)::integer), 0) INTO last
        FROM billing_records WHERE invoice_number LIKE 'INV-' || year || '-%';
        NEW.invoice_number := 'INV-' || year || '-' || lpad((last + 1)::text, 6, '0');
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.invoice_number IS NOT NULL AND NEW.invoice_number IS DISTINCT FROM OLD.invoice_number THEN
        RAISE EXCEPTION 'An invoice number is given once.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'billing_records_invoice_number_fixed', TABLE = 'billing_records';
    END IF;
    -- From INVOICED on the amounts are what the invoice says.
    IF TG_OP = 'UPDATE' AND OLD.status IN ('INVOICED', 'PAID')
        AND (NEW.base_amount, NEW.discount_amount, NEW.distance_charge, NEW.final_amount, NEW.billing_date)
            IS DISTINCT FROM (OLD.base_amount, OLD.discount_amount, OLD.distance_charge, OLD.final_amount, OLD.billing_date) THEN
        RAISE EXCEPTION 'The amounts of an invoiced billing record are frozen.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'billing_records_amounts_frozen', TABLE = 'billing_records';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER billing_records_invoice BEFORE INSERT OR UPDATE ON billing_records FOR EACH ROW EXECUTE FUNCTION billing_records_invoice();

-- An invoiced record is an accounting record: it is corrected by a status move, never deleted.
CREATE FUNCTION billing_records_keep_invoiced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('INVOICED', 'PAID') AND pg_trigger_depth() = 1 THEN
        RAISE EXCEPTION 'An invoiced billing record cannot be deleted.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'billing_records_invoiced_kept', TABLE = 'billing_records';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER billing_records_keep_invoiced BEFORE DELETE ON billing_records FOR EACH ROW EXECUTE FUNCTION billing_records_keep_invoiced();

CREATE TABLE prescription_uploads (
    id                  uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    booking_id          uuid        NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_url            text        NOT NULL,
    file_name           text        NOT NULL,
    file_type           text        NOT NULL,
    file_size_bytes     bigint      NOT NULL,
    stored_name         text        NOT NULL,
    uploaded_at         timestamptz NOT NULL,
    verified_by_id      uuid        REFERENCES users (id) ON DELETE SET NULL,
    verification_notes  text,
    verified_at         timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT prescription_uploads_stored_name_key UNIQUE (stored_name),
    CONSTRAINT prescription_uploads_file_type_check CHECK (file_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT prescription_uploads_file_size_bytes_check CHECK (file_size_bytes > 0)
);

CREATE INDEX prescription_uploads_booking_id_idx ON prescription_uploads (booking_id);
CREATE INDEX prescription_uploads_user_id_idx ON prescription_uploads (user_id);
CREATE INDEX prescription_uploads_verified_by_id_idx ON prescription_uploads (verified_by_id);
CREATE INDEX prescription_uploads_uploaded_at_idx ON prescription_uploads (uploaded_at);
CREATE TRIGGER prescription_uploads_set_updated_at BEFORE UPDATE ON prescription_uploads FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE clinic_info (
    id               uuid         PRIMARY KEY DEFAULT uuid_generate_v7(),
    whatsapp_number  text         NOT NULL,
    whatsapp_link    text         GENERATED ALWAYS AS ('https://wa.me/' || regexp_replace(whatsapp_number, '[^0-9]', '', 'g')) STORED,
    clinic_address   text         NOT NULL,
    google_maps_link text         NOT NULL,
    latitude         numeric(9,6),
    longitude        numeric(9,6),
    opening_time     text,
    closing_time     text,
    updated_by_id    uuid         REFERENCES users (id) ON DELETE SET NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT clinic_info_whatsapp_number_check CHECK (whatsapp_number ~ '^\+[0-9][0-9 -]{6,19}$'),
    CONSTRAINT clinic_info_latitude_check CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT clinic_info_longitude_check CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT clinic_info_opening_time_check CHECK (opening_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    CONSTRAINT clinic_info_closing_time_check CHECK (closing_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND closing_time > opening_time)
);

-- The clinic has one record.
CREATE UNIQUE INDEX clinic_info_single_row ON clinic_info ((true));
CREATE INDEX clinic_info_updated_by_id_idx ON clinic_info (updated_by_id);
CREATE TRIGGER clinic_info_set_updated_at BEFORE UPDATE ON clinic_info FOR EACH ROW EXECUTE FUNCTION set_updated_at();
