-- The staff queue's default view (every open request) walks, per register,
-- the open requests by the due date that applies: closed ones, which pile up
-- over the years, are not in this index, so a page's cost does not grow
-- with the register's history. `db::requests::queue` names the open
-- statuses in its SQL text for the index to apply.
CREATE INDEX requests_open_queue ON requests (register_code, (COALESCE(extended_due_on, due_on)), id)
    WHERE status NOT IN ('completed', 'rejected');
