DROP TABLE IF EXISTS checkout_logs;
DROP FUNCTION IF EXISTS checkout_logs_quantities();
DROP TABLE IF EXISTS inventory_items;
DROP FUNCTION IF EXISTS inventory_items_available();
