-- Programs (seeds 000, 002, 003): programs, one student table, enrollments (002's Enrollment and 000's
-- student_subscriptions), installments (000's installment_plans) and payments. Studio, family and
-- teacher tables come with the Studio module: students.studio_id, family_id and primary_teacher_id and
-- payments.invoice_id have no foreign key until then.

CREATE TABLE programs (
    id             uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    name           text          NOT NULL,
    description    text,
    price          numeric(12,2),
    duration_weeks integer,
    is_active      boolean       NOT NULL DEFAULT true,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT programs_name_key UNIQUE (name),
    CONSTRAINT programs_price_check CHECK (price >= 0),
    CONSTRAINT programs_duration_weeks_check CHECK (duration_weeks > 0)
);

CREATE TRIGGER programs_set_updated_at BEFORE UPDATE ON programs FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE students (
    id                      uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id                 uuid        REFERENCES users (id) ON DELETE SET NULL,
    studio_id               uuid,
    family_id               uuid,
    primary_teacher_id      uuid,
    first_name              text        NOT NULL,
    last_name               text,
    email                   text,
    phone                   text,
    date_of_birth           date,
    instrument              text,
    specialties             text[]      NOT NULL DEFAULT '{}',
    emergency_contact_name  text,
    emergency_contact_phone text,
    enrollment_date         date,
    notes                   text,
    is_active               boolean     NOT NULL DEFAULT true,
    converted_from_lead_id  uuid        REFERENCES leads (id) ON DELETE SET NULL,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    -- A user has at most one student profile (seed 003's one-to-one).
    CONSTRAINT students_user_id_key UNIQUE (user_id)
);

CREATE INDEX students_studio_id_idx ON students (studio_id);
CREATE INDEX students_family_id_idx ON students (family_id);
CREATE INDEX students_primary_teacher_id_idx ON students (primary_teacher_id);
CREATE INDEX students_converted_from_lead_id_idx ON students (converted_from_lead_id);
CREATE INDEX students_enrollment_date_idx ON students (enrollment_date);
CREATE TRIGGER students_set_updated_at BEFORE UPDATE ON students FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE leads ADD CONSTRAINT leads_converted_student_id_fkey
    FOREIGN KEY (converted_student_id) REFERENCES students (id) ON DELETE SET NULL;

CREATE TABLE enrollments (
    id                  uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    student_id          uuid          NOT NULL REFERENCES students (id) ON DELETE CASCADE,
    program_id          uuid          NOT NULL REFERENCES programs (id) ON DELETE RESTRICT,
    start_date          date          NOT NULL,
    end_date            date,
    freeze_days_allowed integer       NOT NULL DEFAULT 0,
    freeze_days_used    integer       NOT NULL DEFAULT 0,
    plan_type           text          NOT NULL DEFAULT 'PIF',
    contract_value      numeric(12,2) NOT NULL,
    closer_id           uuid          REFERENCES team_members (id) ON DELETE SET NULL,
    setter_id           uuid          REFERENCES team_members (id) ON DELETE SET NULL,
    status              text          NOT NULL DEFAULT 'ACTIVE',
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT enrollments_dates_check CHECK (end_date >= start_date),
    CONSTRAINT enrollments_freeze_days_check CHECK (freeze_days_allowed >= 0 AND freeze_days_used >= 0),
    CONSTRAINT enrollments_contract_value_check CHECK (contract_value >= 0),
    CONSTRAINT enrollments_plan_type_check CHECK (plan_type IN ('PIF', 'SPLIT')),
    CONSTRAINT enrollments_status_check CHECK (status IN ('ACTIVE', 'FROZEN', 'COMPLETED', 'CANCELLED'))
);

CREATE INDEX enrollments_student_id_idx ON enrollments (student_id);
CREATE INDEX enrollments_program_id_idx ON enrollments (program_id);
CREATE INDEX enrollments_closer_id_idx ON enrollments (closer_id);
CREATE INDEX enrollments_setter_id_idx ON enrollments (setter_id);
CREATE INDEX enrollments_status_idx ON enrollments (status);
CREATE INDEX enrollments_start_date_idx ON enrollments (start_date);
CREATE INDEX enrollments_end_date_idx ON enrollments (end_date);
CREATE TRIGGER enrollments_set_updated_at BEFORE UPDATE ON enrollments FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE installments (
    id            uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    enrollment_id uuid          NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    amount        numeric(12,2) NOT NULL,
    due_date      date          NOT NULL,
    amount_paid   numeric(12,2) NOT NULL DEFAULT 0,
    status        text          NOT NULL DEFAULT 'PENDING',
    paid_at       timestamptz,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT installments_amount_check CHECK (amount > 0),
    CONSTRAINT installments_amount_paid_check CHECK (amount_paid >= 0),
    CONSTRAINT installments_status_check CHECK (status IN ('PENDING', 'PAID', 'OVERDUE'))
);

CREATE INDEX installments_enrollment_id_idx ON installments (enrollment_id);
CREATE INDEX installments_status_idx ON installments (status);
CREATE INDEX installments_due_date_idx ON installments (due_date);
CREATE TRIGGER installments_set_updated_at BEFORE UPDATE ON installments FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE payments (
    id              uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    enrollment_id   uuid          REFERENCES enrollments (id) ON DELETE CASCADE,
    installment_id  uuid          REFERENCES installments (id) ON DELETE SET NULL,
    invoice_id      uuid,
    amount          numeric(12,2) NOT NULL,
    method          text          NOT NULL,
    transaction_id  text,
    status          text          NOT NULL DEFAULT 'PENDING',
    paid_at         timestamptz,
    refunded_at     timestamptz,
    notes           text,
    processed_by_id uuid          REFERENCES users (id) ON DELETE SET NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT payments_amount_check CHECK (amount > 0),
    CONSTRAINT payments_method_check CHECK (method IN ('CASH', 'CHECK', 'CREDIT_CARD', 'DEBIT_CARD', 'BANK_TRANSFER', 'ONLINE', 'OTHER')),
    CONSTRAINT payments_status_check CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'REFUNDED'))
);

CREATE INDEX payments_enrollment_id_idx ON payments (enrollment_id);
CREATE INDEX payments_installment_id_idx ON payments (installment_id);
CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);
CREATE INDEX payments_processed_by_id_idx ON payments (processed_by_id);
CREATE INDEX payments_transaction_id_idx ON payments (transaction_id);
CREATE INDEX payments_status_idx ON payments (status);
CREATE INDEX payments_paid_at_idx ON payments (paid_at);
CREATE TRIGGER payments_set_updated_at BEFORE UPDATE ON payments FOR EACH ROW EXECUTE FUNCTION set_updated_at();
