-- The audit viewer's unit filter by index instead of a scan of the whole trail: one row for each audit row and each
-- unit it is about or lies under (the record's own unit and every unit above it, from unit.path), so the rows of a
-- unit's subtree are one range of its index, newest first. The console fills it as the trail is read, up to
-- audit_unit_mark.upto, so writing an audit row costs nothing more (docs/decisions/0010-audit-chain.md).
CREATE TABLE audit_unit (
    unit_id         BIGINT       NOT NULL,
    audit_id        BIGINT       NOT NULL
);
-- newest first within a unit: a page is read straight off the index (H2 sorts by an index only in its own order)
CREATE UNIQUE INDEX audit_unit_newest ON audit_unit (unit_id, audit_id DESC);

-- The one row every indexer locks (by updating it): audit rows up to this id are in audit_unit.
CREATE TABLE audit_unit_mark (
    id              INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    upto            BIGINT       NOT NULL
);
INSERT INTO audit_unit_mark (id, upto) VALUES (1, 0);
