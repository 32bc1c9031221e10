-- The studio's billing (seed 003): invoices to a family or a band, their lines, and the payments towards them (the
-- payments table of 0005 gets its foreign key). The amounts are the database's, so no write can leave them wrong:
-- a line's total is quantity times unit price (generated); an invoice's subtotal is the sum of its lines and its
-- amount paid the sum of its PAID payments (both kept by triggers under the invoice's row lock, so concurrent
-- payments are counted one after another and never pay more than the total); total and balance due are generated.
-- Once sent, the status follows the money and the calendar: PAID when nothing is due, OVERDUE past the due date
-- (the overdue job moves it there as days pass), PARTIAL when something is paid, SENT otherwise. A paid or
-- cancelled invoice's lines are frozen; an invoice with money on it is not cancelled.

CREATE SEQUENCE invoice_number_seq;

CREATE TABLE invoices (
    id             uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id      uuid          NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    family_id      uuid          REFERENCES families (id),
    band_id        uuid          REFERENCES bands (id),
    invoice_number text          NOT NULL DEFAULT ('INV-' || lpad(nextval('invoice_number_seq')::text, 6, '0')),
    status         text          NOT NULL DEFAULT 'DRAFT',
    issue_date     date          NOT NULL DEFAULT ((now() AT TIME ZONE 'UTC')::date),
    due_date       date          NOT NULL DEFAULT ((now() AT TIME ZONE 'UTC')::date + 30),
    subtotal       numeric(12,2) NOT NULL DEFAULT 0,
    tax            numeric(12,2) NOT NULL DEFAULT 0,
    total          numeric(12,2) NOT NULL GENERATED ALWAYS AS (subtotal + tax) STORED,
    amount_paid    numeric(12,2) NOT NULL DEFAULT 0,
    balance_due    numeric(12,2) NOT NULL GENERATED ALWAYS AS (subtotal + tax - amount_paid) STORED,
    is_overdue     boolean       NOT NULL GENERATED ALWAYS AS (status = 'OVERDUE') STORED,
    notes          text,
    sent_at        timestamptz,
    paid_at        timestamptz,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT invoices_invoice_number_key UNIQUE (invoice_number),
    CONSTRAINT invoices_invoice_number_check CHECK (length(invoice_number) BETWEEN 1 AND 40),
    CONSTRAINT invoices_status_check CHECK (status IN ('DRAFT', 'SENT', 'PARTIAL', 'PAID', 'OVERDUE', 'CANCELLED')),
    CONSTRAINT invoices_billed_check CHECK (num_nonnulls(family_id, band_id) = 1),
    CONSTRAINT invoices_due_date_check CHECK (due_date >= issue_date),
    CONSTRAINT invoices_tax_check CHECK (tax >= 0),
    CONSTRAINT invoices_amount_paid_check CHECK (amount_paid BETWEEN 0 AND subtotal + tax)
);

CREATE INDEX invoices_studio_id_idx ON invoices (studio_id);
CREATE INDEX invoices_family_id_status_idx ON invoices (family_id, status);
CREATE INDEX invoices_band_id_status_idx ON invoices (band_id, status);
CREATE INDEX invoices_due_date_idx ON invoices (due_date);
CREATE INDEX invoices_status_idx ON invoices (status);
CREATE TRIGGER invoices_set_updated_at BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE invoice_line_items (
    id          uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    invoice_id  uuid          NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description text          NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    quantity    integer       NOT NULL DEFAULT 1,
    unit_price  numeric(12,2) NOT NULL,
    total_price numeric(12,2) NOT NULL GENERATED ALWAYS AS (quantity * unit_price) STORED,
    lesson_id   uuid          REFERENCES lessons (id) ON DELETE SET NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT invoice_line_items_quantity_check CHECK (quantity BETWEEN 1 AND 10000),
    CONSTRAINT invoice_line_items_unit_price_check CHECK (unit_price >= 0)
);

CREATE INDEX invoice_line_items_invoice_id_idx ON invoice_line_items (invoice_id);
CREATE INDEX invoice_line_items_lesson_id_idx ON invoice_line_items (lesson_id);
CREATE TRIGGER invoice_line_items_set_updated_at BEFORE UPDATE ON invoice_line_items FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A payment pays an invoice that exists; the invoice stays while payments point at it (accounting keeps both).
ALTER TABLE payments ADD CONSTRAINT payments_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES invoices (id);
DROP INDEX payments_invoice_id_idx;
CREATE INDEX payments_invoice_id_status_idx ON payments (invoice_id, status);

-- Every write of an invoice: a sent invoice takes the status its money and due date give it (PAID when nothing is
-- due; OVERDUE past the due date, or when the overdue job marked it so and the due date has not moved since; PARTIAL
-- when something is paid; SENT otherwise) and is stamped sent and paid; one without lines is not sent; one with money
-- on it is not cancelled; a cancelled one stays cancelled.
CREATE FUNCTION invoices_settle() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    overdue boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'CANCELLED' AND NEW.status <> 'CANCELLED' THEN
        RAISE EXCEPTION 'A cancelled invoice stays cancelled.' USING ERRCODE = 'check_violation', COLUMN = 'status';
    END IF;
    IF NEW.status = 'CANCELLED' AND NEW.amount_paid > 0 THEN
        RAISE EXCEPTION 'Invoice % has % paid: refund its payments before cancelling it.', NEW.invoice_number, NEW.amount_paid
            USING ERRCODE = 'check_violation', COLUMN = 'status';
    END IF;
    IF NEW.status IN ('DRAFT', 'CANCELLED') THEN
        NEW.paid_at := NULL;
        RETURN NEW;
    END IF;
    IF NEW.subtotal <= 0 THEN
        RAISE EXCEPTION 'An invoice without lines is not sent.' USING ERRCODE = 'check_violation', COLUMN = 'status';
    END IF;
    overdue := NEW.due_date < (now() AT TIME ZONE 'UTC')::date
        OR (TG_OP = 'UPDATE' AND NEW.status = 'OVERDUE' AND NEW.due_date = OLD.due_date);
    NEW.status := CASE
        WHEN NEW.amount_paid >= NEW.subtotal + NEW.tax THEN 'PAID'
        WHEN overdue THEN 'OVERDUE'
        WHEN NEW.amount_paid > 0 THEN 'PARTIAL'
        ELSE 'SENT'
    END;
    NEW.sent_at := coalesce(NEW.sent_at, now());
    NEW.paid_at := CASE WHEN NEW.status = 'PAID' THEN coalesce(NEW.paid_at, now()) END;
    RETURN NEW;
END $$;

CREATE TRIGGER invoices_settle BEFORE INSERT OR UPDATE ON invoices
    FOR EACH ROW EXECUTE FUNCTION invoices_settle();

-- Recounts an invoice's subtotal and amount paid under its row lock. Each statement of this (volatile) function reads
-- what has committed by then, so a payment or line of another transaction that took the lock first is counted.
CREATE FUNCTION invoice_recount(invoice uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    lines numeric(12,2);
    paid numeric(12,2);
    billed invoices;
BEGIN
    SELECT * INTO billed FROM invoices WHERE id = invoice FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT coalesce(sum(total_price), 0) INTO lines FROM invoice_line_items WHERE invoice_id = invoice;
    SELECT coalesce(sum(amount), 0) INTO paid FROM payments WHERE invoice_id = invoice AND status = 'PAID';
    IF paid > lines + billed.tax THEN
        RAISE EXCEPTION 'Invoice % would total % with % paid.', billed.invoice_number, lines + billed.tax, paid
            USING ERRCODE = 'check_violation', COLUMN = 'amount';
    END IF;
    IF lines IS DISTINCT FROM billed.subtotal OR paid IS DISTINCT FROM billed.amount_paid THEN
        UPDATE invoices SET subtotal = lines, amount_paid = paid WHERE id = invoice;
    END IF;
END $$;

-- A line is written only while its invoice is open (its row locked, so a payment settling it waits or is waited for).
CREATE FUNCTION invoice_line_items_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    billed invoices;
BEGIN
    FOR billed IN
        SELECT * FROM invoices
        WHERE id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.invoice_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.invoice_id END)
        ORDER BY id FOR UPDATE
    LOOP
        IF billed.status IN ('PAID', 'CANCELLED') THEN
            RAISE EXCEPTION 'Invoice % is %: its lines are frozen.', billed.invoice_number, billed.status
                USING ERRCODE = 'check_violation', COLUMN = 'invoice_id';
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER invoice_line_items_open BEFORE INSERT OR UPDATE OR DELETE ON invoice_line_items
    FOR EACH ROW EXECUTE FUNCTION invoice_line_items_open();

-- After a line or a payment changes, the invoices it belongs to (before and after) are recounted.
CREATE FUNCTION invoice_parts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.invoice_id IS NOT NULL THEN
        PERFORM invoice_recount(OLD.invoice_id);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.invoice_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.invoice_id IS DISTINCT FROM OLD.invoice_id) THEN
        PERFORM invoice_recount(NEW.invoice_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER invoice_line_items_recount AFTER INSERT OR UPDATE OF quantity, unit_price, invoice_id OR DELETE ON invoice_line_items
    FOR EACH ROW EXECUTE FUNCTION invoice_parts_changed();

-- A payment goes towards a sent invoice (not a draft, not a cancelled one).
CREATE FUNCTION payments_invoice_open() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    billed invoices;
BEGIN
    IF NEW.invoice_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.invoice_id IS DISTINCT FROM OLD.invoice_id) THEN
        SELECT * INTO billed FROM invoices WHERE id = NEW.invoice_id;
        IF FOUND AND billed.status IN ('DRAFT', 'CANCELLED') THEN
            RAISE EXCEPTION 'Invoice % is %: it takes no payments.', billed.invoice_number, billed.status
                USING ERRCODE = 'check_violation', COLUMN = 'invoice_id';
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER payments_invoice_open BEFORE INSERT OR UPDATE OF invoice_id ON payments
    FOR EACH ROW EXECUTE FUNCTION payments_invoice_open();

CREATE TRIGGER payments_invoice_recount AFTER INSERT OR UPDATE OF amount, status, invoice_id OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION invoice_parts_changed();

-- Row rules of billing (mapped by GraphDbContext): whether the user pays the invoice, as the primary contact of its
-- family or of its band.
CREATE FUNCTION pays_invoice(invoice uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM invoices i
        LEFT JOIN families f ON f.id = i.family_id
        LEFT JOIN bands b ON b.id = i.band_id
        WHERE i.id = invoice AND viewer IN (f.primary_contact_id, b.primary_contact_id))
$$;

-- Seed 003's CheckoutLog.is_overdue(): the overdue job moves an approved checkout past its due date to OVERDUE.
ALTER TABLE checkout_logs ADD COLUMN is_overdue boolean NOT NULL GENERATED ALWAYS AS (status = 'OVERDUE') STORED;

-- Payments now move by status (updatePaymentStatus); an installment's payment is kept by payInstallment, which keeps
-- the installment's amount paid beside it, so its PAID stands.
CREATE FUNCTION payments_installment_paid_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.installment_id IS NOT NULL AND OLD.status = 'PAID' AND NEW.status <> 'PAID' THEN
        RAISE EXCEPTION 'A paid installment payment stays paid.' USING ERRCODE = 'check_violation', COLUMN = 'status';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER payments_installment_paid_fixed BEFORE UPDATE OF status ON payments
    FOR EACH ROW EXECUTE FUNCTION payments_installment_paid_fixed();
