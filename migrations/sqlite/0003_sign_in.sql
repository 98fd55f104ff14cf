-- Sign-in in progress: one row per trip to the identity provider, keyed by
-- the SHA-256 of its `state`, bound to the browser that started it (the hash
-- of a cookie) and used once. Holds the nonce and PKCE verifier the
-- callback needs; gone after ten minutes.
CREATE TABLE login_attempts (
    state_hash      TEXT PRIMARY KEY,
    audience        TEXT NOT NULL CHECK (audience IN ('patient', 'staff')),
    browser_hash    TEXT NOT NULL,
    nonce           TEXT NOT NULL,
    pkce_verifier   TEXT NOT NULL,
    return_to       TEXT,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL
);
CREATE INDEX login_attempts_expiry ON login_attempts (expires_at);

-- Back-channel logout tokens already acted on (`jti` is single-use), kept
-- until they would have expired anyway.
CREATE TABLE logout_tokens_seen (
    issuer          TEXT NOT NULL,
    jti             TEXT NOT NULL,
    expires_at      INTEGER NOT NULL,
    PRIMARY KEY (issuer, jti)
);

-- The name the provider gave, shown in the page header.
ALTER TABLE sessions ADD COLUMN display_name TEXT;
-- Back-channel logout without `sid` ends every session of the subject.
CREATE INDEX sessions_by_idp_subject ON sessions (idp_issuer, idp_subject);
