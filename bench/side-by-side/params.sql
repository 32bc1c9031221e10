-- The workloads' parameters, read once from the seeded database by bench/run.sh (one JSON object):
-- the status the list pages filter on, the depth of the deep page (90% of the filtered rows) and the row
-- just before it, one booking for byId, and the pool of bookings the mutation toggles between two statuses
-- (bookings the list pages do not show, so the mutation never changes what the reads return), and the customer
-- every created pet belongs to (no read workload reads pets but through a booking, so created pets change nothing).
WITH filtered AS (
    SELECT id, booking_date FROM bookings WHERE status = 'COMPLETED'
), depth AS (
    SELECT (count(*) * 9 / 10)::int AS n FROM filtered
)
SELECT json_build_object(
    'status', 'COMPLETED',
    'pageSize', 20,
    'depth', depth.n,
    'deepAfter', (
        SELECT json_build_object(
            'bookingDate', to_char(booking_date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'),
            'id', id)
        FROM filtered ORDER BY booking_date, id OFFSET depth.n - 1 LIMIT 1),
    'byId', (SELECT id FROM bookings ORDER BY id OFFSET (SELECT count(*) / 2 FROM bookings) LIMIT 1),
    'mutationBookings', (SELECT json_agg(id) FROM (SELECT id FROM bookings WHERE status = 'PENDING' ORDER BY id LIMIT 64) pool),
    'mutationStatuses', json_build_array('CANCELLED', 'PENDING'),
    'createOwner', (SELECT id FROM users WHERE roles = ARRAY['CUSTOMER'] AND is_active ORDER BY id LIMIT 1))
FROM depth;
