-- Back-channel logout names the provider's session (`sid`): keep it, so the
-- matching insyn sessions can be ended. Expand-only: a nullable column.
ALTER TABLE sessions ADD COLUMN idp_session_id TEXT;
CREATE INDEX sessions_by_idp_session ON sessions (idp_issuer, idp_session_id);
