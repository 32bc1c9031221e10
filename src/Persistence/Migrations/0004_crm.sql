-- Crm: team members tracked for sales KPIs (seed 002) and one lead table, the union of seeds 000, 002
-- and 004. Leads are soft deleted (seed 004's deleted flag is deleted_at); converted_student_id gets its
-- foreign key in 0005, where students are created.

CREATE TABLE team_members (
    id         uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id    uuid        REFERENCES users (id) ON DELETE SET NULL,
    name       text        NOT NULL,
    email      text,
    phone      text,
    role       text        NOT NULL,
    is_active  boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT team_members_role_check CHECK (role IN ('CLOSER', 'SETTER', 'DM_SETTER'))
);

CREATE INDEX team_members_user_id_idx ON team_members (user_id);
CREATE INDEX team_members_role_idx ON team_members (role);
CREATE TRIGGER team_members_set_updated_at BEFORE UPDATE ON team_members FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE leads (
    id                    uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    first_name            text,
    last_name             text,
    email                 text,
    phone                 text,
    subject_name          text,
    subject_date_of_birth date,
    status                text        NOT NULL DEFAULT 'NEW',
    source                text,
    campaign              text,
    medium                text,
    score                 integer     NOT NULL DEFAULT 0,
    assigned_to_id        uuid        REFERENCES users (id) ON DELETE SET NULL,
    user_id               uuid        REFERENCES users (id) ON DELETE SET NULL,
    evaluation_at         timestamptz,
    notes                 text,
    converted_student_id  uuid,
    converted_at          timestamptz,
    deleted_at            timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT leads_status_check CHECK (status IN ('NEW', 'CONTACTED', 'QUALIFIED', 'EVALUATION_BOOKED', 'EVALUATION_CONFIRMED',
        'EVALUATION_COMPLETE', 'CONVERTED', 'LOST', 'ARCHIVED'))
);

CREATE INDEX leads_assigned_to_id_idx ON leads (assigned_to_id);
CREATE INDEX leads_user_id_idx ON leads (user_id);
CREATE INDEX leads_converted_student_id_idx ON leads (converted_student_id);
CREATE INDEX leads_status_idx ON leads (status);
CREATE INDEX leads_source_idx ON leads (source);
CREATE INDEX leads_evaluation_at_idx ON leads (evaluation_at);
CREATE INDEX leads_created_at_idx ON leads (created_at);
-- Soft-deleted rows are the rare ones; most queries filter them out.
CREATE INDEX leads_deleted_at_idx ON leads (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER leads_set_updated_at BEFORE UPDATE ON leads FOR EACH ROW EXECUTE FUNCTION set_updated_at();
