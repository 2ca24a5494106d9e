-- The audit trail as a hash chain (docs/decisions/0008-audit-chain.md). SQL that both H2 and PostgreSQL accept.
-- Each row gets its place in the chain (seq) and hash = SHA-256(previous hash | the row's canonical encoding).
ALTER TABLE audit_log ADD COLUMN seq BIGINT;
ALTER TABLE audit_log ADD COLUMN hash VARCHAR(64);
CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq);

-- The one row every appender locks (by updating it) in its own transaction: the last seq and hash, so two
-- desks writing at once queue here instead of forking the chain. legacy_upto: rows up to this id were written
-- before the chain and are sealed into it, in id order, by the first console that opens the database (Java: SHA-256
-- is not portable SQL); it is NULL once that is done.
CREATE TABLE audit_head (
    id              INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    seq             BIGINT       NOT NULL,
    hash            VARCHAR(64)  NOT NULL,
    legacy_upto     BIGINT
);
INSERT INTO audit_head (id, seq, hash, legacy_upto)
    SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', COALESCE(MAX(id), 0) FROM audit_log;
