-- The log page offers to filter by the care units that read the patient's
-- data and by the registers they read it in. One index of the entries that
-- name a care unit serves both lists from the index alone: the care units
-- (`db::access_events::care_units_of_patient`) and, so that the page does
-- not read the platform's hundred registers, those registers
-- (`db::registers::names_for_log`). It replaces 0019's index of the care
-- units alone. Dropping an index changes no answer, so a server of the
-- version before runs on correctly while this one rolls out.
DROP INDEX access_events_care_units_by_patient;
CREATE INDEX access_events_care_units_registers_by_patient
    ON access_events (patient_id, care_unit, register_code)
    WHERE care_unit IS NOT NULL;
