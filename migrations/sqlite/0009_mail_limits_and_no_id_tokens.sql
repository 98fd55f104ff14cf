-- Confirmation mails sent, to limit them per patient and per address: a
-- patient cannot make insyn mail someone else's address over and over. The
-- address is kept as the SHA-256 of its lower-case form only.
CREATE TABLE confirmation_mails (
    patient_id      INTEGER NOT NULL REFERENCES patients(id),
    address_hash    TEXT NOT NULL,
    sent_at         INTEGER NOT NULL
);
CREATE INDEX confirmation_mails_by_patient ON confirmation_mails (patient_id, sent_at);
CREATE INDEX confirmation_mails_by_address ON confirmation_mails (address_hash, sent_at);

-- Sessions no longer keep the ID token (it carries the personnummer, and
-- sign-out no longer sends it as id_token_hint); the column goes in a later
-- migration, once no running version writes it.
UPDATE sessions SET id_token = NULL;
