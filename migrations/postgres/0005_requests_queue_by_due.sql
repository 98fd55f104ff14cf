-- The staff queue orders by the due date that applies (the extended one when
-- set) and pages by (due date, id): an index on that expression keeps a
-- page cheap with many open requests.
CREATE INDEX requests_queue_by_due ON requests (register_code, (COALESCE(extended_due_on, due_on)), id);
