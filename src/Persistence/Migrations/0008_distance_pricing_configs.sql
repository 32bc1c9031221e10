-- Distance pricing (seed 001's DistancePricingConfig): home visits are free up to max_free_distance_km, then
-- base_charge + charge_per_km for every km beyond. The active row whose window holds a booking date applies.

CREATE TABLE distance_pricing_configs (
    id                   uuid          PRIMARY KEY DEFAULT uuid_generate_v7(),
    base_charge          numeric(12,2) NOT NULL,
    charge_per_km        numeric(12,2) NOT NULL,
    max_free_distance_km numeric(8,2)  NOT NULL,
    effective_from       date          NOT NULL,
    effective_until      date,
    is_active            boolean       NOT NULL DEFAULT true,
    updated_by_id        uuid          REFERENCES users (id) ON DELETE SET NULL,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT distance_pricing_configs_base_charge_check CHECK (base_charge >= 0),
    CONSTRAINT distance_pricing_configs_charge_per_km_check CHECK (charge_per_km >= 0),
    CONSTRAINT distance_pricing_configs_max_free_distance_km_check CHECK (max_free_distance_km >= 0),
    CONSTRAINT distance_pricing_configs_effective_until_check CHECK (effective_until >= effective_from)
);

CREATE INDEX distance_pricing_configs_effective_from_idx ON distance_pricing_configs (effective_from);
CREATE INDEX distance_pricing_configs_updated_by_id_idx ON distance_pricing_configs (updated_by_id);
CREATE TRIGGER distance_pricing_configs_set_updated_at BEFORE UPDATE ON distance_pricing_configs
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
