-- The dashboard's daily snapshots of measures that exist only "now" (booths covered, volunteers active, approvals
-- pending): one row per unit, day (India) and measure, the last value the dashboard saw that day. Reporting,
-- releases and silence are derived from their own history and are not stored here (decision 0012).
CREATE TABLE dashboard_day (
    unit_id BIGINT NOT NULL,
    snap_day DATE NOT NULL,
    measure VARCHAR(20) NOT NULL,
    part BIGINT NOT NULL,
    whole BIGINT NOT NULL,
    PRIMARY KEY (unit_id, snap_day, measure)
);
