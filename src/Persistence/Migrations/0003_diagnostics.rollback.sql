DROP TABLE IF EXISTS test_reports;
DROP TABLE IF EXISTS test_batch_groups;
DROP TABLE IF EXISTS booking_items;
DROP TABLE IF EXISTS bookings;
DROP TABLE IF EXISTS lab_tests;
DROP TABLE IF EXISTS test_categories;
DROP TABLE IF EXISTS pets;
