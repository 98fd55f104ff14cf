-- The patient's log page shows others' accesses and the patient's own looks
-- apart ("whose": 1 for the patient's own, acting for nobody, else 0). Its
-- index walk by time used to skip every own look to find the others', so a
-- patient who often reads their data made their own log page slow (the page
-- benchmark: 71 pages a second with some thousand own looks). The flag now
-- leads the time order, and the care units in a patient's log are read from
-- the entries that name one. Keep the CASE in step with
-- `db::access_events::page_of_patient`, or the index is not used.
DROP INDEX access_events_by_patient;
CREATE INDEX access_events_by_patient_and_whose ON access_events (
    patient_id,
    (CASE WHEN actor_kind = 'patient' AND acting_as IS NULL THEN 1 ELSE 0 END),
    occurred_at DESC,
    seq DESC
);
CREATE INDEX access_events_care_units_by_patient ON access_events (patient_id, care_unit)
    WHERE care_unit IS NOT NULL;
