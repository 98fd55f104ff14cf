-- Opt-outs told at a clinic, the audit trail of what staff and
-- administrators do, and the follow-up of the access log (HSLF-FS 2016:40).

-- The clinic an opt-out was told at (clinic staff registering it for the
-- patient); NULL for every other channel.
ALTER TABLE opt_out_events ADD COLUMN care_unit TEXT REFERENCES care_units(hsa_id);

-- The access log learns one more kind of act: an opt-out registered for the
-- patient by staff ('opt_out'). SQLite cannot change a CHECK in place, so the
-- table is rebuilt with the same rows, leaf hashes and sequence numbers
-- (nothing references it; DROP TABLE fires no DELETE trigger).
CREATE TABLE access_events_new (
    seq                 INTEGER PRIMARY KEY,
    patient_id          INTEGER NOT NULL REFERENCES patients(id),
    register_code       TEXT NOT NULL REFERENCES registers(code),
    occurred_at         INTEGER NOT NULL,
    actor_kind          TEXT NOT NULL CHECK (actor_kind IN ('care_unit', 'register_staff', 'patient')),
    care_unit           TEXT REFERENCES care_units(hsa_id),
    staff_hsa_id        TEXT,
    access_kind         TEXT NOT NULL CHECK (access_kind IN ('read', 'export', 'correction', 'disclosure_research', 'disclosure_statistics', 'opt_out')),
    reason              TEXT,
    source              TEXT NOT NULL CHECK (source IN ('register_system', 'insyn')),
    source_event_id     TEXT,
    recorded_at         INTEGER NOT NULL,
    leaf_hash           TEXT NOT NULL,
    leaf_version        INTEGER NOT NULL DEFAULT 1,
    acting_patient_id   INTEGER,
    acting_as           TEXT CHECK (acting_as IN ('guardian', 'proxy', 'representative')),
    release_id          INTEGER REFERENCES releases(id),
    UNIQUE (register_code, source_event_id)
);
INSERT INTO access_events_new (seq, patient_id, register_code, occurred_at, actor_kind, care_unit,
    staff_hsa_id, access_kind, reason, source, source_event_id, recorded_at, leaf_hash,
    leaf_version, acting_patient_id, acting_as, release_id)
SELECT seq, patient_id, register_code, occurred_at, actor_kind, care_unit,
    staff_hsa_id, access_kind, reason, source, source_event_id, recorded_at, leaf_hash,
    leaf_version, acting_patient_id, acting_as, release_id
FROM access_events ORDER BY seq;
DROP TABLE access_events;
ALTER TABLE access_events_new RENAME TO access_events;
CREATE INDEX access_events_by_patient ON access_events (patient_id, occurred_at DESC, seq DESC);
CREATE TRIGGER access_events_no_update BEFORE UPDATE ON access_events
BEGIN SELECT RAISE(ABORT, 'access_events is append-only'); END;
CREATE TRIGGER access_events_no_delete BEFORE DELETE ON access_events
BEGIN SELECT RAISE(ABORT, 'access_events is append-only'); END;
-- The follow-up reads one register's accesses over a period.
CREATE INDEX access_events_by_register ON access_events (register_code, occurred_at, seq);

-- What staff and administrators did, never changed: an administrator's
-- change of a staff account, a token or the care-unit catalogue; clinic
-- staff registering an opt-out; a reviewer marking a log entry. A NULL
-- staff member is the operator at the command line.
CREATE TABLE audit_trail (
    id                  INTEGER PRIMARY KEY,
    at                  INTEGER NOT NULL,
    staff_id            INTEGER REFERENCES staff(id),
    action              TEXT NOT NULL CHECK (action IN ('staff_saved', 'token_created',
                            'token_revoked', 'care_unit_saved', 'opt_out_registered', 'log_reviewed')),
    register_code       TEXT REFERENCES registers(code),
    patient_id          INTEGER REFERENCES patients(id),
    -- What was acted on: an HSA-id, a token's id, an access-log entry.
    subject             TEXT NOT NULL,
    -- What changed, as JSON.
    details             TEXT NOT NULL
);
CREATE INDEX audit_trail_by_action ON audit_trail (action, at);
CREATE INDEX audit_trail_by_register ON audit_trail (register_code, at);
CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail
BEGIN SELECT RAISE(ABORT, 'audit_trail is append-only'); END;
CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail
BEGIN SELECT RAISE(ABORT, 'audit_trail is append-only'); END;

-- A reviewer's mark on an access-log entry, with a note; every mark kept
-- (the latest is shown).
CREATE TABLE access_reviews (
    id                  INTEGER PRIMARY KEY,
    -- An entry of the access log, which never goes away. No foreign key:
    -- one would make TRUNCATE of the log fail on it before the log's own
    -- append-only trigger says why.
    seq                 INTEGER NOT NULL,
    reviewed_by         INTEGER NOT NULL REFERENCES staff(id),
    at                  INTEGER NOT NULL,
    note                TEXT NOT NULL
);
CREATE INDEX access_reviews_by_seq ON access_reviews (seq, at);
CREATE TRIGGER access_reviews_no_update BEFORE UPDATE ON access_reviews
BEGIN SELECT RAISE(ABORT, 'access_reviews is append-only'); END;
CREATE TRIGGER access_reviews_no_delete BEFORE DELETE ON access_reviews
BEGIN SELECT RAISE(ABORT, 'access_reviews is append-only'); END;
