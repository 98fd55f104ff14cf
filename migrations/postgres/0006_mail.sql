-- Mail notices (the transactional outbox of 0001 gets a lease, so several
-- `insyn serve` processes never send one mail twice), e-mail address
-- confirmations, and the daily digests already sent.
ALTER TABLE outbox ADD COLUMN locked_until BIGINT;

-- A patient's address is used for notices only once confirmed by the link
-- in a mail: a single-use token (only its SHA-256 kept) that expires.
CREATE TABLE email_confirmations (
    token_hash      TEXT PRIMARY KEY,
    patient_id      BIGINT NOT NULL REFERENCES patients(id),
    email           TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT
);
CREATE INDEX email_confirmations_by_patient ON email_confirmations (patient_id);

-- One digest a day per register: the row is written with the digest's mails,
-- so a second process finds it and sends nothing.
CREATE TABLE mail_digests (
    day             TEXT NOT NULL,
    register_code   TEXT NOT NULL REFERENCES registers(code),
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (day, register_code)
);
