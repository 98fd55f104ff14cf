-- Acting for someone else: guardianships (from the population register),
-- chosen proxies (granted by the person themselves) and legal
-- representatives (entered by register staff from a court or
-- överförmyndarnämnd decision). Whether a relation is in force is decided
-- on every request from these rows and the clock, never at sign-in.

-- Skyddade personuppgifter: nobody acts for this person through insyn, and
-- their name is never shown through a relation.
ALTER TABLE patients ADD COLUMN protected_identity INTEGER NOT NULL DEFAULT 0;

CREATE TABLE relations (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('guardian', 'proxy', 'representative')),
    -- The person who acts, and the person they act for.
    agent_id            INTEGER NOT NULL REFERENCES patients(id),
    subject_id          INTEGER NOT NULL REFERENCES patients(id),
    -- 0: may read only; 1: may read and file requests.
    may_file            INTEGER NOT NULL CHECK (may_file IN (0, 1)),
    -- 1: every register; 0: those in relation_registers.
    all_registers       INTEGER NOT NULL CHECK (all_registers IN (0, 1)),
    valid_from          TEXT NOT NULL,
    valid_until         TEXT NOT NULL,
    source              TEXT NOT NULL CHECK (source IN ('population_register', 'subject', 'staff')),
    -- The decision behind a legal representative (court or ÖFN case number).
    reference           TEXT,
    entered_by_staff    INTEGER REFERENCES staff(id),
    created_at          INTEGER NOT NULL,
    revoked_at          INTEGER,
    CHECK (agent_id <> subject_id)
);
CREATE INDEX relations_by_agent ON relations (agent_id);
CREATE INDEX relations_by_subject ON relations (subject_id);

CREATE TABLE relation_registers (
    relation_id         INTEGER NOT NULL REFERENCES relations(id),
    register_code       TEXT NOT NULL REFERENCES registers(code),
    PRIMARY KEY (relation_id, register_code)
);

-- Whom the signed-in person acts for now (NULL: themselves).
ALTER TABLE sessions ADD COLUMN acting_relation INTEGER REFERENCES relations(id);

-- The access log's entries grow through versions of the leaf: version 1
-- entries keep their hash; version 2 also covers who acted for the patient.
ALTER TABLE access_events ADD COLUMN leaf_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE access_events ADD COLUMN acting_patient_id INTEGER;
ALTER TABLE access_events ADD COLUMN acting_as TEXT
    CHECK (acting_as IN ('guardian', 'proxy', 'representative'));

-- Who filed a request for the patient, and who took each step of it.
ALTER TABLE requests ADD COLUMN filed_by_patient_id INTEGER REFERENCES patients(id);
ALTER TABLE requests ADD COLUMN filed_as TEXT
    CHECK (filed_as IN ('guardian', 'proxy', 'representative'));
ALTER TABLE request_events ADD COLUMN acting_patient_id INTEGER;

-- Tokens of integrations that are not one register's: `relations` pushes
-- guardianships from the population register. Only the hash is stored.
CREATE TABLE platform_tokens (
    id                  INTEGER PRIMARY KEY,
    purpose             TEXT NOT NULL CHECK (purpose IN ('relations')),
    token_hash          TEXT NOT NULL UNIQUE,
    label               TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    revoked_at          INTEGER
);
