DROP TABLE IF EXISTS persisted_operations;
