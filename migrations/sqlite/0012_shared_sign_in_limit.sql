-- Sign-in starts counted per client address in fixed windows, in the
-- database, so that every insyn process on it shares one budget (each
-- process also keeps its own in-memory limiter in front). Old windows are
-- deleted as new ones are counted.
CREATE TABLE rate_limit_hits (
    bucket          TEXT NOT NULL,
    window_start    INTEGER NOT NULL,
    hits            INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
