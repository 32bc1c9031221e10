-- Care (seed 004, the patient journey): patient profiles, medical backgrounds, appointments, questionnaire
-- submissions, providers and procedures, consultations and journey events; and one conversation/message pair
-- shared by seed 003's MessageThread/Message and seed 004's conversations/messages (a channel tells in-app from
-- WhatsApp). Every seed-004 table is soft deleted (the seed's deleted flag is deleted_at). Seed 004's phase-1
-- changes to users (user_type, optional phone) are in 0002. JSON columns and the provider's specialty list have
-- GIN indexes (default jsonb_ops / array_ops): containment (@>), key exists (?) and list overlap (&&) use them.
-- conversations.studio_id gets its foreign key with the Studio module.

CREATE TABLE patient_profiles (
    id             uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id        uuid        REFERENCES users (id) ON DELETE SET NULL,
    first_name     text,
    last_name      text,
    email          text,
    phone          text,
    date_of_birth  date,
    booking_uid    text,
    source_channel text        NOT NULL DEFAULT 'MEDICAL_QUESTIONNAIRE',
    deleted_at     timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT patient_profiles_source_channel_check CHECK (source_channel IN ('MEDICAL_QUESTIONNAIRE', 'WHATSAPP', 'CHAT', 'WEB'))
);

CREATE INDEX patient_profiles_user_id_idx ON patient_profiles (user_id);
CREATE INDEX patient_profiles_booking_uid_idx ON patient_profiles (booking_uid);
CREATE INDEX patient_profiles_email_idx ON patient_profiles (lower(email));
CREATE INDEX patient_profiles_phone_idx ON patient_profiles (phone);
CREATE INDEX patient_profiles_deleted_at_idx ON patient_profiles (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER patient_profiles_set_updated_at BEFORE UPDATE ON patient_profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE medical_backgrounds (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    patient_profile_id uuid        NOT NULL REFERENCES patient_profiles (id) ON DELETE CASCADE,
    data               jsonb       NOT NULL,
    deleted_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT medical_backgrounds_data_check CHECK (jsonb_typeof(data) = 'object')
);

-- One live background per patient; a deleted one can be replaced.
CREATE UNIQUE INDEX medical_backgrounds_patient_profile_id_key ON medical_backgrounds (patient_profile_id) WHERE deleted_at IS NULL;
CREATE INDEX medical_backgrounds_patient_profile_id_idx ON medical_backgrounds (patient_profile_id);
CREATE INDEX medical_backgrounds_data_idx ON medical_backgrounds USING gin (data);
CREATE INDEX medical_backgrounds_deleted_at_idx ON medical_backgrounds (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER medical_backgrounds_set_updated_at BEFORE UPDATE ON medical_backgrounds FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE providers (
    id           uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id      uuid        REFERENCES users (id) ON DELETE SET NULL,
    name         text        NOT NULL,
    type         text        NOT NULL,
    specialty    text[]      NOT NULL DEFAULT '{}',
    location     jsonb       NOT NULL,
    contact_info jsonb       NOT NULL,
    is_verified  boolean     NOT NULL DEFAULT false,
    is_active    boolean     NOT NULL DEFAULT true,
    deleted_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT providers_type_check CHECK (type IN ('CLINIC', 'HOSPITAL', 'DOCTOR')),
    CONSTRAINT providers_location_check CHECK (jsonb_typeof(location) = 'object'),
    CONSTRAINT providers_contact_info_check CHECK (jsonb_typeof(contact_info) = 'object')
);

CREATE INDEX providers_user_id_idx ON providers (user_id);
CREATE INDEX providers_type_idx ON providers (type);
CREATE INDEX providers_specialty_idx ON providers USING gin (specialty);
CREATE INDEX providers_location_idx ON providers USING gin (location);
CREATE INDEX providers_contact_info_idx ON providers USING gin (contact_info);
CREATE INDEX providers_deleted_at_idx ON providers (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER providers_set_updated_at BEFORE UPDATE ON providers FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE procedures (
    id          uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    provider_id uuid        NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    category    text        NOT NULL,
    description text,
    price_range jsonb,
    is_active   boolean     NOT NULL DEFAULT true,
    deleted_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX procedures_provider_id_idx ON procedures (provider_id);
CREATE INDEX procedures_category_idx ON procedures (category);
CREATE INDEX procedures_price_range_idx ON procedures USING gin (price_range);
CREATE INDEX procedures_deleted_at_idx ON procedures (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER procedures_set_updated_at BEFORE UPDATE ON procedures FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE appointments (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    patient_profile_id uuid        NOT NULL REFERENCES patient_profiles (id) ON DELETE CASCADE,
    provider_id        uuid        REFERENCES providers (id) ON DELETE SET NULL,
    procedure_id       uuid        REFERENCES procedures (id) ON DELETE SET NULL,
    scheduled_at       timestamptz NOT NULL,
    duration_minutes   integer     NOT NULL DEFAULT 30,
    location           text,
    notes              text,
    deleted_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT appointments_duration_minutes_check CHECK (duration_minutes > 0)
);

CREATE INDEX appointments_patient_profile_id_idx ON appointments (patient_profile_id);
CREATE INDEX appointments_provider_id_idx ON appointments (provider_id);
CREATE INDEX appointments_procedure_id_idx ON appointments (procedure_id);
CREATE INDEX appointments_scheduled_at_idx ON appointments (scheduled_at);
CREATE INDEX appointments_deleted_at_idx ON appointments (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER appointments_set_updated_at BEFORE UPDATE ON appointments FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE medical_questionnaire_submissions (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    booking_uid        text        NOT NULL,
    patient_profile_id uuid        REFERENCES patient_profiles (id) ON DELETE SET NULL,
    submission_data    jsonb       NOT NULL,
    status             text        NOT NULL DEFAULT 'SUBMITTED',
    failure_reason     text,
    processed_at       timestamptz,
    deleted_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    -- Idempotency per booking: a concurrent duplicate meets this constraint, whatever the application checked.
    CONSTRAINT medical_questionnaire_submissions_booking_uid_key UNIQUE (booking_uid),
    CONSTRAINT medical_questionnaire_submissions_status_check CHECK (status IN ('SUBMITTED', 'PROCESSED', 'FAILED')),
    CONSTRAINT medical_questionnaire_submissions_submission_data_check CHECK (jsonb_typeof(submission_data) = 'object'),
    CONSTRAINT medical_questionnaire_submissions_failure_reason_check CHECK ((status = 'FAILED') = (failure_reason IS NOT NULL))
);

CREATE INDEX medical_questionnaire_submissions_patient_profile_id_idx ON medical_questionnaire_submissions (patient_profile_id);
CREATE INDEX medical_questionnaire_submissions_status_idx ON medical_questionnaire_submissions (status);
CREATE INDEX medical_questionnaire_submissions_created_at_idx ON medical_questionnaire_submissions (created_at);
CREATE INDEX medical_questionnaire_submissions_submission_data_idx ON medical_questionnaire_submissions USING gin (submission_data);
CREATE INDEX medical_questionnaire_submissions_deleted_at_idx ON medical_questionnaire_submissions (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER medical_questionnaire_submissions_set_updated_at BEFORE UPDATE ON medical_questionnaire_submissions FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE consultations (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    patient_profile_id uuid        NOT NULL REFERENCES patient_profiles (id) ON DELETE CASCADE,
    provider_id        uuid        NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    procedure_id       uuid        REFERENCES procedures (id) ON DELETE SET NULL,
    status             text        NOT NULL DEFAULT 'SCHEDULED',
    scheduled_at       timestamptz NOT NULL,
    meeting_url        text,
    notes              text,
    outcome            text,
    deleted_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT consultations_status_check CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'))
);

CREATE INDEX consultations_patient_profile_id_idx ON consultations (patient_profile_id);
CREATE INDEX consultations_provider_id_idx ON consultations (provider_id);
CREATE INDEX consultations_procedure_id_idx ON consultations (procedure_id);
CREATE INDEX consultations_status_idx ON consultations (status);
CREATE INDEX consultations_scheduled_at_idx ON consultations (scheduled_at);
CREATE INDEX consultations_deleted_at_idx ON consultations (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER consultations_set_updated_at BEFORE UPDATE ON consultations FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Seed 004's patient_journey_events, for a patient, a lead, or an anonymous visitor's session.
CREATE TABLE patient_journey_events (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    patient_profile_id uuid        REFERENCES patient_profiles (id) ON DELETE CASCADE,
    lead_id            uuid        REFERENCES leads (id) ON DELETE CASCADE,
    event_type         text        NOT NULL,
    event_data         jsonb,
    source             text,
    session_id         text,
    deleted_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT patient_journey_events_subject_check CHECK (patient_profile_id IS NOT NULL OR lead_id IS NOT NULL OR session_id IS NOT NULL)
);

CREATE INDEX patient_journey_events_patient_profile_id_idx ON patient_journey_events (patient_profile_id);
CREATE INDEX patient_journey_events_lead_id_idx ON patient_journey_events (lead_id);
CREATE INDEX patient_journey_events_event_type_idx ON patient_journey_events (event_type);
CREATE INDEX patient_journey_events_session_id_idx ON patient_journey_events (session_id);
CREATE INDEX patient_journey_events_created_at_idx ON patient_journey_events (created_at);
CREATE INDEX patient_journey_events_event_data_idx ON patient_journey_events USING gin (event_data);
CREATE INDEX patient_journey_events_deleted_at_idx ON patient_journey_events (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER patient_journey_events_set_updated_at BEFORE UPDATE ON patient_journey_events FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Seed 003's MessageThread and seed 004's conversations.
CREATE TABLE conversations (
    id                 uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    channel            text        NOT NULL DEFAULT 'IN_APP',
    subject            text,
    studio_id          uuid,
    patient_profile_id uuid        REFERENCES patient_profiles (id) ON DELETE SET NULL,
    last_message_at    timestamptz,
    deleted_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT conversations_channel_check CHECK (channel IN ('IN_APP', 'WHATSAPP'))
);

CREATE INDEX conversations_studio_id_idx ON conversations (studio_id);
CREATE INDEX conversations_patient_profile_id_idx ON conversations (patient_profile_id);
CREATE INDEX conversations_channel_idx ON conversations (channel);
CREATE INDEX conversations_last_message_at_idx ON conversations (last_message_at);
CREATE INDEX conversations_deleted_at_idx ON conversations (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER conversations_set_updated_at BEFORE UPDATE ON conversations FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Seed 003's participants: who reads and hears a conversation, and up to when they have read it.
CREATE TABLE conversation_participants (
    id              uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    conversation_id uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    last_read_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT conversation_participants_conversation_id_user_id_key UNIQUE (conversation_id, user_id)
);

CREATE INDEX conversation_participants_user_id_idx ON conversation_participants (user_id);
CREATE TRIGGER conversation_participants_set_updated_at BEFORE UPDATE ON conversation_participants FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE messages (
    id              uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    conversation_id uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id       uuid        REFERENCES users (id) ON DELETE SET NULL,
    content         text        NOT NULL,
    is_read         boolean     NOT NULL DEFAULT false,
    deleted_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT messages_content_check CHECK (length(content) BETWEEN 1 AND 10000)
);

CREATE INDEX messages_conversation_id_created_at_idx ON messages (conversation_id, created_at);
CREATE INDEX messages_sender_id_idx ON messages (sender_id);
CREATE INDEX messages_deleted_at_idx ON messages (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TRIGGER messages_set_updated_at BEFORE UPDATE ON messages FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Seed 003's read_by.
CREATE TABLE message_reads (
    id         uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    message_id uuid        NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT message_reads_message_id_user_id_key UNIQUE (message_id, user_id)
);

CREATE INDEX message_reads_user_id_idx ON message_reads (user_id);
CREATE TRIGGER message_reads_set_updated_at BEFORE UPDATE ON message_reads FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Row rules that would otherwise chase each other through EF's query filters (a patient is a provider's through a
-- consultation, whose rule asks the patient; a conversation is its participants', whose rule asks the conversation)
-- ask these instead. STABLE, so PostgreSQL may inline and cache them within a statement.
CREATE FUNCTION provider_sees_patient(patient uuid, provider_user uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM consultations c JOIN providers p ON p.id = c.provider_id
        WHERE c.patient_profile_id = patient AND p.user_id = provider_user AND c.deleted_at IS NULL AND p.deleted_at IS NULL)
$$;

CREATE FUNCTION takes_part_in_conversation(conversation uuid, participant uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM conversation_participants p WHERE p.conversation_id = conversation AND p.user_id = participant)
$$;

-- Participants of one conversation know each other: a user is visible to those they share a conversation with.
CREATE FUNCTION shares_conversation(member uuid, viewer uuid) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM conversation_participants mine JOIN conversation_participants theirs ON theirs.conversation_id = mine.conversation_id
        JOIN conversations c ON c.id = mine.conversation_id
        WHERE mine.user_id = viewer AND theirs.user_id = member AND c.deleted_at IS NULL)
$$;
