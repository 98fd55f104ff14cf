-- The patient's copies stream records in batches by id: keep that an index walk.
CREATE INDEX records_by_patient_id ON records (patient_id, register_code, id);
