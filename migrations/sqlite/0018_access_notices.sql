-- Notices on access: a patient who asks for them gets a mail when someone
-- else's access is added to their log (EHDS art. 9), at once or as a daily
-- summary. The mail names no register, unit or person.

-- One row per patient who wants notices. `every_register` 0 means only the
-- registers in access_notice_registers. `since_seq`: entries up to this
-- number were in the log when the notices were turned on and are never told.
-- `pending`: entries found for the next daily summary.
CREATE TABLE access_notices (
    patient_id          INTEGER PRIMARY KEY REFERENCES patients(id),
    every_register      INTEGER NOT NULL CHECK (every_register IN (0, 1)),
    cadence             TEXT NOT NULL CHECK (cadence IN ('at_once', 'daily')),
    only_unrelated      INTEGER NOT NULL CHECK (only_unrelated IN (0, 1)),
    since_seq           INTEGER NOT NULL,
    pending             INTEGER NOT NULL DEFAULT 0,
    last_summary_on     TEXT,
    updated_at          INTEGER NOT NULL
);

CREATE TABLE access_notice_registers (
    patient_id          INTEGER NOT NULL REFERENCES access_notices(patient_id) ON DELETE CASCADE,
    register_code       TEXT NOT NULL REFERENCES registers(code),
    PRIMARY KEY (patient_id, register_code)
);

-- How far the notice pass has read the log, across every process: one row,
-- moved forward only by a compare-and-set in the pass's transaction.
CREATE TABLE access_notice_cursor (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    seq                 INTEGER NOT NULL
);
INSERT INTO access_notice_cursor (id, seq) SELECT 1, COALESCE(MAX(seq), 0) FROM access_events;
