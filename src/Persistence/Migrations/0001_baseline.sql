-- Building blocks every later table uses: time-ordered keys and an updated_at trigger.

-- PostgreSQL 15 has no UUID version 7 generator (18 adds uuidv7()). Layout per RFC 9562:
-- 48 bits of Unix milliseconds, 4 version bits (0111), 12 random bits, 2 variant bits (10),
-- 62 random bits. The random bits come from gen_random_uuid(), built in since 13, so no
-- extension is needed.
CREATE FUNCTION uuid_generate_v7() RETURNS uuid
LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS $$
DECLARE
    unix_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
    bytes   bytea  := uuid_send(gen_random_uuid());
BEGIN
    -- int8send gives 8 big-endian bytes; the low 6 hold the timestamp.
    bytes := overlay(bytes PLACING substring(int8send(unix_ms) FROM 3) FROM 1 FOR 6);
    bytes := set_byte(bytes, 6, (get_byte(bytes, 6) & 15) | 112);
    bytes := set_byte(bytes, 8, (get_byte(bytes, 8) & 63) | 128);
    RETURN encode(bytes, 'hex')::uuid;
END
$$;

COMMENT ON FUNCTION uuid_generate_v7() IS 'A time-ordered UUID version 7 (RFC 9562).';

-- Attach with: CREATE TRIGGER t_set_updated_at BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
