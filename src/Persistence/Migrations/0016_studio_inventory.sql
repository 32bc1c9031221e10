-- The studio's inventory (seed 003): items and their checkouts. The available quantity is the database's: an item
-- starts with all of it, approving a checkout takes the checkout's quantity off (refused when not enough is left:
-- the item's row is locked by that update, so concurrent approvals are counted one after another), returning it puts
-- it back; an item with nothing available is CHECKED_OUT, AVAILABLE again once something is.
CREATE TABLE inventory_items (
    id                 uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    studio_id          uuid          NOT NULL REFERENCES studios (id) ON DELETE CASCADE,
    name               text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    category           text          NOT NULL DEFAULT 'OTHER',
    quantity           integer       NOT NULL DEFAULT 1,
    available_quantity integer       NOT NULL DEFAULT 0,
    condition          text          NOT NULL DEFAULT 'GOOD',
    status             text          NOT NULL DEFAULT 'AVAILABLE',
    location           text,
    value              numeric(12,2),
    serial_number      text,
    is_borrowable      boolean       NOT NULL DEFAULT true,
    max_checkout_days  integer       NOT NULL DEFAULT 14,
    purchase_date      date,
    last_maintenance   date,
    notes              text,
    is_low_stock       boolean       NOT NULL GENERATED ALWAYS AS (available_quantity <= 2) STORED,
    created_by_id      uuid          REFERENCES users (id) ON DELETE SET NULL,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT inventory_items_category_check CHECK (category IN ('INSTRUMENT', 'EQUIPMENT', 'SHEET_MUSIC', 'ACCESSORIES', 'OTHER')),
    CONSTRAINT inventory_items_condition_check CHECK (condition IN ('EXCELLENT', 'GOOD', 'FAIR', 'NEEDS_REPAIR')),
    CONSTRAINT inventory_items_status_check CHECK (status IN ('AVAILABLE', 'CHECKED_OUT', 'MAINTENANCE', 'RETIRED')),
    CONSTRAINT inventory_items_quantity_check CHECK (quantity >= 0),
    CONSTRAINT inventory_items_available_quantity_check CHECK (available_quantity BETWEEN 0 AND quantity),
    CONSTRAINT inventory_items_value_check CHECK (value >= 0),
    CONSTRAINT inventory_items_max_checkout_days_check CHECK (max_checkout_days > 0)
);

CREATE INDEX inventory_items_studio_id_idx ON inventory_items (studio_id);
CREATE INDEX inventory_items_category_idx ON inventory_items (category);
CREATE INDEX inventory_items_status_idx ON inventory_items (status);
CREATE INDEX inventory_items_created_by_id_idx ON inventory_items (created_by_id);
CREATE TRIGGER inventory_items_set_updated_at BEFORE UPDATE ON inventory_items FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A new item has all of its quantity available; a changed quantity moves the available quantity by as much (below
-- what is lent out, the check refuses it); the status follows what is available.
CREATE FUNCTION inventory_items_available() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.available_quantity := NEW.quantity;
    ELSE
        -- (a checkout's approval or return has set the available quantity it leaves)
        NEW.available_quantity := NEW.available_quantity + NEW.quantity - OLD.quantity;
    END IF;
    IF NEW.status = 'AVAILABLE' AND NEW.available_quantity = 0 AND NEW.quantity > 0 THEN
        NEW.status := 'CHECKED_OUT';
    ELSIF NEW.status = 'CHECKED_OUT' AND NEW.available_quantity > 0 THEN
        NEW.status := 'AVAILABLE';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER inventory_items_available BEFORE INSERT OR UPDATE ON inventory_items
    FOR EACH ROW EXECUTE FUNCTION inventory_items_available();

CREATE TABLE checkout_logs (
    id             uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    item_id        uuid          NOT NULL REFERENCES inventory_items (id) ON DELETE CASCADE,
    student_id     uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quantity       integer       NOT NULL DEFAULT 1,
    checkout_date  timestamptz   NOT NULL DEFAULT now(),
    due_date       date,
    return_date    timestamptz,
    status         text          NOT NULL DEFAULT 'PENDING',
    notes          text,
    approved_by_id uuid          REFERENCES users (id) ON DELETE SET NULL,
    approved_at    timestamptz,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT checkout_logs_status_check CHECK (status IN ('PENDING', 'APPROVED', 'RETURNED', 'OVERDUE', 'CANCELLED')),
    CONSTRAINT checkout_logs_quantity_check CHECK (quantity > 0)
);

CREATE INDEX checkout_logs_item_id_idx ON checkout_logs (item_id);
CREATE INDEX checkout_logs_student_id_idx ON checkout_logs (student_id);
CREATE INDEX checkout_logs_status_idx ON checkout_logs (status);
CREATE INDEX checkout_logs_due_date_idx ON checkout_logs (due_date);
CREATE INDEX checkout_logs_approved_by_id_idx ON checkout_logs (approved_by_id);
CREATE TRIGGER checkout_logs_set_updated_at BEFORE UPDATE ON checkout_logs FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A checkout asks for a borrowable item, at most as many as the item has; without a due date it is due after the
-- item's lending period. Moving into APPROVED takes the quantity off the item (refused when not enough is left),
-- moving from APPROVED or OVERDUE to RETURNED or CANCELLED, or deleting a checkout that holds it, puts it back.
CREATE FUNCTION checkout_logs_quantities() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    item inventory_items;
    held boolean;
    holds boolean;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status IN ('APPROVED', 'OVERDUE') THEN
            UPDATE inventory_items SET available_quantity = available_quantity + OLD.quantity WHERE id = OLD.item_id;
        END IF;
        RETURN OLD;
    END IF;
    holds := NEW.status IN ('APPROVED', 'OVERDUE');
    SELECT * INTO item FROM inventory_items WHERE id = NEW.item_id;
    IF TG_OP = 'INSERT' THEN
        IF NOT item.is_borrowable OR item.status = 'RETIRED' THEN
            RAISE EXCEPTION '% is not lent out.', item.name USING ERRCODE = 'check_violation', COLUMN = 'item_id';
        END IF;
        IF NEW.quantity > item.quantity THEN
            RAISE EXCEPTION 'The studio has % of %; % asked.', item.quantity, item.name, NEW.quantity USING ERRCODE = 'check_violation', COLUMN = 'quantity';
        END IF;
        NEW.due_date := coalesce(NEW.due_date, (NEW.checkout_date + make_interval(days => item.max_checkout_days))::date);
        held := false;
    ELSE
        held := OLD.status IN ('APPROVED', 'OVERDUE');
        IF held AND NEW.quantity <> OLD.quantity THEN
            RAISE EXCEPTION 'The quantity of an approved checkout is fixed.' USING ERRCODE = 'check_violation', COLUMN = 'quantity';
        END IF;
        IF held AND NEW.item_id <> OLD.item_id THEN
            RAISE EXCEPTION 'The item of an approved checkout is fixed.' USING ERRCODE = 'check_violation', COLUMN = 'item_id';
        END IF;
    END IF;
    IF holds AND NOT held THEN
        UPDATE inventory_items SET available_quantity = available_quantity - NEW.quantity
            WHERE id = NEW.item_id AND available_quantity >= NEW.quantity;
        IF NOT FOUND THEN
            SELECT * INTO item FROM inventory_items WHERE id = NEW.item_id;
            RAISE EXCEPTION 'Only % of % available; % asked.', item.available_quantity, item.name, NEW.quantity
                USING ERRCODE = 'check_violation', COLUMN = 'status';
        END IF;
    ELSIF held AND NOT holds THEN
        UPDATE inventory_items SET available_quantity = available_quantity + OLD.quantity WHERE id = OLD.item_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER checkout_logs_quantities BEFORE INSERT OR UPDATE OF status, quantity, item_id OR DELETE ON checkout_logs
    FOR EACH ROW EXECUTE FUNCTION checkout_logs_quantities();
