-- Opt-outs as one append-only model, and releases of register data for
-- research and statistics (utlämnanden) with the persons they carried.

-- Every opt-out given or withdrawn, never changed: the state at any moment
-- is derived from the rows, so "the opt-outs in force when a release was
-- decided" is a query. Two kinds: 'registration' (do not register me, the
-- Nej-blankett) and 'research' (keep me in the register, but do not release
-- my data for research or statistics). A NULL register is every register.
CREATE TABLE opt_out_events (
    id                  INTEGER PRIMARY KEY,
    patient_id          INTEGER NOT NULL REFERENCES patients(id),
    kind                TEXT NOT NULL CHECK (kind IN ('registration', 'research')),
    register_code       TEXT REFERENCES registers(code),
    action              TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
    at                  INTEGER NOT NULL,
    -- Who said it: the patient, or the person acting for them (and how
    -- related), in insyn; or staff on the patient's behalf.
    by_patient_id       INTEGER REFERENCES patients(id),
    acting_as           TEXT CHECK (acting_as IN ('guardian', 'proxy', 'representative')),
    by_staff_id         INTEGER REFERENCES staff(id),
    -- How: in insyn, through a rights request, verbally, on paper.
    channel             TEXT NOT NULL CHECK (channel IN ('insyn', 'request', 'verbal', 'paper')),
    paper_reference     TEXT,
    -- How the person's identity was checked ('e_id' in insyn).
    identity_check      TEXT NOT NULL,
    request_id          INTEGER REFERENCES requests(id)
);
CREATE INDEX opt_out_events_by_patient ON opt_out_events (patient_id, kind, at, id);
CREATE INDEX opt_out_events_by_scope ON opt_out_events (kind, register_code, at, id);

CREATE TRIGGER opt_out_events_no_update BEFORE UPDATE ON opt_out_events
BEGIN SELECT RAISE(ABORT, 'opt_out_events is append-only'); END;
CREATE TRIGGER opt_out_events_no_delete BEFORE DELETE ON opt_out_events
BEGIN SELECT RAISE(ABORT, 'opt_out_events is append-only'); END;

-- The opt-outs of the first schema, as given through a request. (Expand:
-- `opt_outs` is no longer written or read; a later migration drops it.)
INSERT INTO opt_out_events (patient_id, kind, register_code, action, at, channel, identity_check, request_id)
SELECT patient_id, 'registration', register_code, 'given', created_at, 'request', 'e_id', request_id
FROM opt_outs ORDER BY created_at, patient_id;

CREATE TABLE releases (
    id                  INTEGER PRIMARY KEY,
    register_code       TEXT NOT NULL REFERENCES registers(code),
    -- The register holder's diary number (diarienummer) of the decision.
    diary_number        TEXT NOT NULL,
    decided_at          INTEGER NOT NULL,
    delivered_on        TEXT,
    recipient           TEXT NOT NULL,
    recipient_contact   TEXT NOT NULL,
    purpose             TEXT NOT NULL CHECK (purpose IN ('research', 'statistics', 'quality_development', 'legal_duty')),
    legal_basis         TEXT NOT NULL,
    ethics_approval     TEXT,
    form                TEXT NOT NULL CHECK (form IN ('identifiable', 'pseudonymised', 'aggregate')),
    -- The register's record types released, space-separated, and which fields.
    record_types        TEXT NOT NULL,
    fields              TEXT NOT NULL,
    cohort_submitted    INTEGER NOT NULL,
    cohort_delivered    INTEGER NOT NULL,
    left_out            INTEGER NOT NULL,
    -- SHA-256 of the research opt-outs in force at the decision, as applied.
    opt_out_fingerprint TEXT NOT NULL,
    -- SHA-256 of what was submitted: the same again is the same release.
    content_hash        TEXT NOT NULL,
    recorded_by_staff   INTEGER REFERENCES staff(id),
    recorded_by_token   INTEGER REFERENCES api_tokens(id),
    recorded_at         INTEGER NOT NULL,
    UNIQUE (register_code, diary_number),
    CHECK (purpose <> 'research' OR ethics_approval IS NOT NULL)
);
CREATE INDEX releases_by_register ON releases (register_code, decided_at);

-- Who a delivered identifiable or pseudonymised release carried. Persons
-- left out are never stored; an aggregate release stores nobody.
CREATE TABLE release_persons (
    release_id          INTEGER NOT NULL REFERENCES releases(id),
    patient_id          INTEGER NOT NULL REFERENCES patients(id),
    PRIMARY KEY (release_id, patient_id)
);
CREATE INDEX release_persons_by_patient ON release_persons (patient_id, release_id);

-- GDPR art. 19: the recipient of an earlier release told of a completed
-- correction, restriction or erasure.
CREATE TABLE release_notices (
    request_id          INTEGER NOT NULL REFERENCES requests(id),
    release_id          INTEGER NOT NULL REFERENCES releases(id),
    told_at             INTEGER NOT NULL,
    told_by_staff       INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (request_id, release_id)
);

-- Leaf version 3 also covers the release an entry records.
ALTER TABLE access_events ADD COLUMN release_id INTEGER REFERENCES releases(id);
