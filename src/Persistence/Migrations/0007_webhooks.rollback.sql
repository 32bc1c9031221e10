DROP INDEX IF EXISTS event_outbox_webhooks_underived_idx;
ALTER TABLE event_outbox DROP COLUMN IF EXISTS webhooks_derived_at;
DROP TABLE IF EXISTS webhook_delivery_attempts;
DROP TABLE IF EXISTS webhook_deliveries;
DROP TABLE IF EXISTS webhooks;
