-- Identity: users (seed 001's users and staff, 002's and 003's users, 004's user_type), their addresses,
-- refresh tokens and revoked access-token ids (seed 001's token_blacklist). docs/data-model.md maps every
-- seed attribute to its column.

CREATE TABLE users (
    id                    uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    email                 text,
    phone                 text,
    password_hash         text,
    first_name            text,
    last_name             text,
    full_name             text        GENERATED ALWAYS AS (NULLIF(btrim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), '')) STORED,
    roles                 text[]      NOT NULL DEFAULT '{}',
    user_type             text        NOT NULL DEFAULT 'WEB',
    is_active             boolean     NOT NULL DEFAULT true,
    is_verified           boolean     NOT NULL DEFAULT false,
    last_login_at         timestamptz,
    failed_login_attempts integer     NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    avatar_url            text,
    assigned_area         text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_roles_check CHECK (roles <@ ARRAY['ADMIN', 'CUSTOMER', 'COLLECTOR', 'LAB_TECH', 'ANALYST', 'SALES',
        'MARKETING', 'TEACHER', 'STUDENT', 'PARENT', 'PATIENT', 'PROVIDER']::text[] AND array_position(roles, NULL) IS NULL),
    CONSTRAINT users_user_type_check CHECK (user_type IN ('WEB', 'WHATSAPP', 'MEDICAL_QUESTIONNAIRE', 'CHAT')),
    CONSTRAINT users_failed_login_attempts_check CHECK (failed_login_attempts >= 0)
);

-- One account per address, whatever its case; login looks up lower(email), which this index serves.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_phone_idx ON users (phone);
CREATE INDEX users_roles_idx ON users USING gin (roles);
CREATE INDEX users_user_type_idx ON users (user_type);
CREATE INDEX users_created_at_idx ON users (created_at);
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE addresses (
    id            uuid         PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id       uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label         text,
    address_line1 text         NOT NULL,
    address_line2 text,
    city          text         NOT NULL,
    state         text,
    postal_code   text,
    country       text,
    latitude      numeric(9,6),
    longitude     numeric(9,6),
    is_default    boolean      NOT NULL DEFAULT false,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX addresses_user_id_idx ON addresses (user_id);
-- At most one default address per user.
CREATE UNIQUE INDEX addresses_default_key ON addresses (user_id) WHERE is_default;
CREATE TRIGGER addresses_set_updated_at BEFORE UPDATE ON addresses FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE refresh_tokens (
    id             uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    user_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash     text        NOT NULL,
    family_id      uuid        NOT NULL,
    expires_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    replaced_by_id uuid        REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash)
);

CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_replaced_by_id_idx ON refresh_tokens (replaced_by_id);
CREATE INDEX refresh_tokens_expires_at_idx ON refresh_tokens (expires_at);
CREATE TRIGGER refresh_tokens_set_updated_at BEFORE UPDATE ON refresh_tokens FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE revoked_tokens (
    id         uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    jti        text        NOT NULL,
    user_id    uuid        REFERENCES users (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT revoked_tokens_jti_key UNIQUE (jti)
);

CREATE INDEX revoked_tokens_user_id_idx ON revoked_tokens (user_id);
CREATE INDEX revoked_tokens_expires_at_idx ON revoked_tokens (expires_at);
CREATE TRIGGER revoked_tokens_set_updated_at BEFORE UPDATE ON revoked_tokens FOR EACH ROW EXECUTE FUNCTION set_updated_at();
