-- insyn schema, SQLite. Keep in step with ../postgres/0001_schema.sql.
-- Times are Unix seconds (UTC) in INTEGER columns; calendar dates are
-- 'YYYY-MM-DD' text. Codes are text, checked against their closed sets.

CREATE TABLE registers (
    code            TEXT PRIMARY KEY,
    short_name      TEXT NOT NULL,
    name_sv         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    summary_sv      TEXT NOT NULL,
    summary_en      TEXT NOT NULL,
    purpose_sv      TEXT NOT NULL,
    purpose_en      TEXT NOT NULL,
    controller      TEXT NOT NULL,
    holder          TEXT NOT NULL,
    retention_sv    TEXT NOT NULL,
    retention_en    TEXT NOT NULL,
    contact_email   TEXT NOT NULL,
    contact_phone   TEXT NOT NULL,
    dpo_email       TEXT NOT NULL,
    website         TEXT NOT NULL,
    position        INTEGER NOT NULL DEFAULT 0
);

-- The register's content definition: record types and their typed fields.
CREATE TABLE record_types (
    register_code   TEXT NOT NULL REFERENCES registers(code),
    code            TEXT NOT NULL,
    label_sv        TEXT NOT NULL,
    label_en        TEXT NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (register_code, code)
);

CREATE TABLE record_fields (
    register_code   TEXT NOT NULL,
    record_type     TEXT NOT NULL,
    code            TEXT NOT NULL,
    label_sv        TEXT NOT NULL,
    label_en        TEXT NOT NULL,
    value_type      TEXT NOT NULL CHECK (value_type IN ('integer', 'decimal', 'text', 'date', 'boolean', 'code')),
    unit            TEXT,
    -- For value_type 'code': JSON array of {"code", "label_sv", "label_en"}.
    options         TEXT,
    required        INTEGER NOT NULL DEFAULT 0,
    position        INTEGER NOT NULL,
    PRIMARY KEY (register_code, record_type, code),
    FOREIGN KEY (register_code, record_type) REFERENCES record_types(register_code, code)
);

CREATE TABLE care_units (
    hsa_id          TEXT PRIMARY KEY,
    name            TEXT NOT NULL
);

-- A person known to insyn: signed in once, or reported by a register.
CREATE TABLE patients (
    id                  INTEGER PRIMARY KEY,
    personnummer        TEXT NOT NULL UNIQUE,
    given_name          TEXT,
    family_name         TEXT,
    lang                TEXT NOT NULL DEFAULT 'sv' CHECK (lang IN ('sv', 'en')),
    email               TEXT,
    email_confirmed_at  INTEGER,
    created_at          INTEGER NOT NULL
);

CREATE TABLE registrations (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients(id),
    register_code   TEXT NOT NULL REFERENCES registers(code),
    status          TEXT NOT NULL CHECK (status IN ('active', 'restricted')),
    registered_on   TEXT NOT NULL,
    restricted_at   INTEGER,
    restriction_ground TEXT,
    UNIQUE (patient_id, register_code)
);

-- A record as the register reported it. `source_id` is the register's own
-- identifier, so a repeated import is recognised. The content lives in
-- record_versions; `version` points at the current one.
CREATE TABLE records (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients(id),
    register_code   TEXT NOT NULL,
    record_type     TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    care_unit       TEXT NOT NULL REFERENCES care_units(hsa_id),
    recorded_on     TEXT NOT NULL,
    version         INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    UNIQUE (register_code, source_id),
    FOREIGN KEY (register_code, record_type) REFERENCES record_types(register_code, code)
);
CREATE INDEX records_by_patient ON records (patient_id, register_code, recorded_on);

-- Every version of a record, so a correction keeps its history.
CREATE TABLE record_versions (
    record_id       INTEGER NOT NULL REFERENCES records(id),
    version         INTEGER NOT NULL,
    -- JSON object: field code -> value, checked against record_fields.
    fields          TEXT NOT NULL,
    changed_at      INTEGER NOT NULL,
    -- 'register' (reported by the register system) or 'staff:<HSA-id>'.
    changed_by      TEXT NOT NULL,
    change_reason   TEXT,
    request_id      INTEGER,
    PRIMARY KEY (record_id, version)
);

-- The access log. Append-only (triggers below) and hash-chained: `seq` is
-- contiguous from 1, `leaf_hash` covers the entry's content.
CREATE TABLE access_events (
    -- Assigned by the appender (max + 1 in the writing transaction).
    seq             INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients(id),
    register_code   TEXT NOT NULL REFERENCES registers(code),
    occurred_at     INTEGER NOT NULL,
    actor_kind      TEXT NOT NULL CHECK (actor_kind IN ('care_unit', 'register_staff', 'patient')),
    care_unit       TEXT REFERENCES care_units(hsa_id),
    staff_hsa_id    TEXT,
    access_kind     TEXT NOT NULL CHECK (access_kind IN ('read', 'export', 'correction', 'disclosure_research', 'disclosure_statistics')),
    reason          TEXT,
    source          TEXT NOT NULL CHECK (source IN ('register_system', 'insyn')),
    source_event_id TEXT,
    recorded_at     INTEGER NOT NULL,
    leaf_hash       TEXT NOT NULL,
    UNIQUE (register_code, source_event_id)
);
CREATE INDEX access_events_by_patient ON access_events (patient_id, occurred_at DESC, seq DESC);

CREATE TRIGGER access_events_no_update BEFORE UPDATE ON access_events
BEGIN SELECT RAISE(ABORT, 'access_events is append-only'); END;
CREATE TRIGGER access_events_no_delete BEFORE DELETE ON access_events
BEGIN SELECT RAISE(ABORT, 'access_events is append-only'); END;

-- Signed checkpoints of the access log (tree size and root at a time).
CREATE TABLE log_checkpoints (
    tree_size       INTEGER PRIMARY KEY,
    root_hash       TEXT NOT NULL,
    signed_at       INTEGER NOT NULL,
    key_id          TEXT NOT NULL,
    signature       TEXT NOT NULL
);

CREATE TABLE requests (
    id                  INTEGER PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    patient_id          INTEGER NOT NULL REFERENCES patients(id),
    register_code       TEXT NOT NULL REFERENCES registers(code),
    kind                TEXT NOT NULL CHECK (kind IN ('correction', 'restriction', 'erasure', 'opt_out', 'access_inquiry')),
    status              TEXT NOT NULL CHECK (status IN ('received', 'in_progress', 'extended', 'completed', 'rejected')),
    -- JSON with what the patient asked (record, field, proposed value, ground …).
    details             TEXT NOT NULL,
    received_at         INTEGER NOT NULL,
    due_on              TEXT NOT NULL,
    extended_due_on     TEXT,
    extension_reason    TEXT,
    assigned_staff_id   INTEGER,
    decided_at          INTEGER,
    decision_reason     TEXT,
    -- Only set while the request is open, so one open request per kind and register.
    open_key            TEXT UNIQUE
);
CREATE INDEX requests_queue ON requests (register_code, status, due_on, id);
CREATE INDEX requests_by_patient ON requests (patient_id, received_at DESC);

CREATE TABLE request_events (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES requests(id),
    at              INTEGER NOT NULL,
    status          TEXT NOT NULL,
    -- 'patient', 'staff:<HSA-id>' or 'system'.
    actor           TEXT NOT NULL,
    note            TEXT
);
CREATE INDEX request_events_by_request ON request_events (request_id, id);

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    hsa_id          TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    email           TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL
);

CREATE TABLE staff_registers (
    staff_id        INTEGER NOT NULL REFERENCES staff(id),
    register_code   TEXT NOT NULL REFERENCES registers(code),
    PRIMARY KEY (staff_id, register_code)
);

-- Server-side sessions. Only the SHA-256 of the cookie's token is stored.
CREATE TABLE sessions (
    token_hash      TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('patient', 'staff')),
    patient_id      INTEGER REFERENCES patients(id),
    staff_id        INTEGER REFERENCES staff(id),
    idp_issuer      TEXT NOT NULL,
    idp_subject     TEXT NOT NULL,
    id_token        TEXT,
    csrf_token      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    last_seen_at    INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Opt-outs: this person must not be registered in this register. Holds no
-- health data, and outlives the erasure of everything else.
CREATE TABLE opt_outs (
    patient_id      INTEGER NOT NULL REFERENCES patients(id),
    register_code   TEXT NOT NULL REFERENCES registers(code),
    created_at      INTEGER NOT NULL,
    request_id      INTEGER,
    PRIMARY KEY (patient_id, register_code)
);

-- Transactional outbox: written with the change that causes the mail.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    recipient       TEXT NOT NULL,
    lang            TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    body_html       TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Per-register API tokens for register systems. Only the hash is stored.
CREATE TABLE api_tokens (
    id              INTEGER PRIMARY KEY,
    register_code   TEXT NOT NULL REFERENCES registers(code),
    token_hash      TEXT NOT NULL UNIQUE,
    label           TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    revoked_at      INTEGER
);
