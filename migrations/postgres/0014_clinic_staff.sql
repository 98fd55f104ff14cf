-- Clinics in their own role. Each reporting care provider is the local
-- controller for what it reports: clinic staff see the records their care
-- units reported and the requests routed to those units; coordinators keep
-- the whole register; a platform administrator manages staff and tokens.

ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'coordinator'
    CHECK (role IN ('coordinator', 'clinic', 'admin'));

-- The care units (HSA-ids) a clinic staff member works for.
CREATE TABLE staff_care_units (
    staff_id            BIGINT NOT NULL REFERENCES staff(id),
    care_unit           TEXT NOT NULL REFERENCES care_units(hsa_id),
    PRIMARY KEY (staff_id, care_unit)
);
CREATE INDEX staff_care_units_by_unit ON staff_care_units (care_unit);

-- The care unit a request is routed to (a correction of a record goes to
-- the clinic that reported it); NULL: the register's coordinators.
ALTER TABLE requests ADD COLUMN handling_unit TEXT REFERENCES care_units(hsa_id);
CREATE INDEX requests_by_handling_unit ON requests (handling_unit, status);
