DROP TABLE IF EXISTS distance_pricing_configs;
