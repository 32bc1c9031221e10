-- Trusted documents: GraphQL documents stored by their hash, so that every server answers a client that sends only the
-- hash (Apollo's automatic persisted queries) and, in allow-list mode, runs only the documents registered here ahead.
CREATE TABLE persisted_operations (
    id         uuid        PRIMARY KEY DEFAULT uuid_generate_v7(),
    hash       text        NOT NULL,
    document   text        NOT NULL,
    registered boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT persisted_operations_hash_key UNIQUE (hash)
);

CREATE TRIGGER persisted_operations_set_updated_at BEFORE UPDATE ON persisted_operations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
