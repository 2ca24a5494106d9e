-- Nothing looks volunteers up by name (people are found by phone or through their unit), and every index costs
-- each write and each bulk build (measured: 2.5 s of the up preset's build for this one).
DROP INDEX volunteer_name;
-- On unit_id alone: a volunteer's unit is the key every query uses; (unit_id, active) only filtered five rows a
-- booth. With the same columns as the foreign key, H2 lets the key use this index instead of keeping its own
-- copy (a bulk build creates indexes before keys, so it keeps one index where it had two: 1.9 s of the up build).
DROP INDEX volunteer_unit;
CREATE INDEX volunteer_unit ON volunteer (unit_id);
