-- Logins: an Argon2id hash per operator (never the password), the unit a desk operator works for (by its code,
-- which survives rebuilding the organisation), a lock after repeated wrong passwords, and when a volunteer withdrew
-- consent (their contact details are then erased; anonymous counts stay).
ALTER TABLE operator ADD COLUMN password_hash VARCHAR(200);
ALTER TABLE operator ADD COLUMN scope_code VARCHAR(40);
ALTER TABLE operator ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE operator ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE operator ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE volunteer ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
