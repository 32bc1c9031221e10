-- Webhooks: a user's URL and GraphQL subscription document; each outbox event the document selects becomes
-- one delivery (unique per webhook and event), retried until the receiver acknowledges it or it fails.
CREATE TABLE webhooks (
    id                          uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    owner_id                    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    url                         text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2048),
    subscription                text        NOT NULL CHECK (length(subscription) BETWEEN 1 AND 65536),
    -- The outbox topic the document's subscription field listens to, found by running its subscribe step at
    -- registration; events are matched to webhooks by it (a node's topic "field:key" also matches "field").
    topic                       text        NOT NULL CHECK (length(topic) BETWEEN 1 AND 256),
    description                 text,
    enabled                     boolean     NOT NULL DEFAULT true,
    -- Null while enabled or when the owner disabled it; GONE (the receiver answered 410) or FAILING (every
    -- attempt failed for longer than the server allows) when the server did.
    disabled_reason             text        CHECK (disabled_reason IN ('GONE', 'FAILING')),
    disabled_at                 timestamptz,
    -- Kept as given: the server signs with them. Never a field of the schema.
    secret                      text        NOT NULL,
    -- After a rotation the old secret signs beside the new one until it expires.
    previous_secret             text,
    previous_secret_expires_at  timestamptz,
    -- Since when every attempt has failed (null after a success); long enough, and the webhook is disabled.
    failing_since               timestamptz,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhooks_previous_secret_check CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL))
);

CREATE INDEX webhooks_owner_id_idx ON webhooks (owner_id);
CREATE INDEX webhooks_topic_idx ON webhooks (topic) WHERE enabled;
CREATE TRIGGER webhooks_set_updated_at BEFORE UPDATE ON webhooks FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE webhook_deliveries (
    id              uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    webhook_id      uuid        NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    -- The outbox event's sequence; with the webhook unique, so deriving an event twice inserts nothing.
    event_id        bigint      NOT NULL,
    topic           text        NOT NULL,
    status          text        NOT NULL DEFAULT 'PENDING',
    attempt_count   integer     NOT NULL DEFAULT 0 CHECK (attempt_count >= 0),
    -- When a worker may claim it next; null once it succeeded or failed for good.
    next_attempt_at timestamptz,
    -- The execution result's data and errors, as posted: json, not jsonb, which would reorder the response's keys.
    payload         json        NOT NULL,
    -- When it succeeded or failed for good.
    completed_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    CONSTRAINT webhook_deliveries_webhook_id_event_id_key UNIQUE (webhook_id, event_id)
);

CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE TRIGGER webhook_deliveries_set_updated_at BEFORE UPDATE ON webhook_deliveries FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE webhook_delivery_attempts (
    id               uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    delivery_id      uuid        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    -- Null when no response came (timeout, refused connection, refused address).
    status_code      integer,
    duration_ms      integer     NOT NULL CHECK (duration_ms >= 0),
    response_snippet text        CHECK (length(response_snippet) <= 1024),
    error            text,
    attempted_at     timestamptz NOT NULL DEFAULT now(),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX webhook_delivery_attempts_delivery_id_idx ON webhook_delivery_attempts (delivery_id);
CREATE TRIGGER webhook_delivery_attempts_set_updated_at BEFORE UPDATE ON webhook_delivery_attempts FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Which outbox events have been matched to webhooks. A deriver claims unmatched events (FOR UPDATE SKIP LOCKED),
-- inserts their deliveries and marks them in one transaction, so every event is derived exactly once whatever the
-- commit order of their writers (a cursor over the sequence would skip a slow writer's event).
ALTER TABLE event_outbox ADD COLUMN webhooks_derived_at timestamptz;
UPDATE event_outbox SET webhooks_derived_at = created_at;
CREATE INDEX event_outbox_webhooks_underived_idx ON event_outbox (sequence) WHERE webhooks_derived_at IS NULL;
