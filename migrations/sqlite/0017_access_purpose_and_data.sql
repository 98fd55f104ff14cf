-- Why each access happened and which data it touched (EHDS art. 9: who,
-- when, which data). Leaf version 4 covers both; earlier entries keep
-- their version and show "not stated".
ALTER TABLE access_events ADD COLUMN purpose TEXT
    CHECK (purpose IN ('care_quality', 'data_quality', 'patient_request', 'research_release',
                       'statistics_release', 'legal_duty', 'technical_support'));
-- The record types (and fields, where known) touched, as canonical JSON:
-- [{"record_type": "…", "fields": ["…"]}], sorted.
ALTER TABLE access_events ADD COLUMN data_touched TEXT;
