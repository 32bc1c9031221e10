-- Domain events written in the same transaction as the change they announce (the transactional
-- outbox). Servers learn of them through NOTIFY, which PostgreSQL delivers only on commit, and read
-- the table to catch up after their LISTEN connection dropped or when a payload is too large for NOTIFY.
CREATE TABLE event_outbox (
    id           uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    -- Assigned at insert; a change that locks its row before writing its event gets a sequence after
    -- every earlier committed change of that row, so per node the sequence is the commit order.
    sequence     bigint      GENERATED ALWAYS AS IDENTITY,
    topic        text        NOT NULL CHECK (length(topic) BETWEEN 1 AND 256),
    payload      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    -- When the event was announced: set with the insert when NOTIFY carries it (Postgres mode), and by
    -- whoever claims and publishes it after commit in InProcess mode (null until then).
    published_at timestamptz,
    CONSTRAINT event_outbox_sequence_key UNIQUE (sequence)
);

CREATE INDEX event_outbox_created_at_idx ON event_outbox (created_at);
CREATE INDEX event_outbox_unpublished_idx ON event_outbox (sequence) WHERE published_at IS NULL;

COMMENT ON TABLE event_outbox IS 'Domain events for subscriptions and webhooks, written in the transaction of the change.';
