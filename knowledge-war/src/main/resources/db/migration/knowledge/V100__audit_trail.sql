-- The module's audit trail (platform.audit, decision 0015): one hash-chained, append-only record
-- per privileged or refused action. Same DDL in every module's schema; runs on PostgreSQL and H2.
-- seq is assigned under the lock of the single chain-head row, so two replicas never fork the chain.
CREATE TABLE audit_record (
    seq             BIGINT        NOT NULL PRIMARY KEY,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    subject         VARCHAR(200),
    roles           VARCHAR(500)  NOT NULL,
    client_address  VARCHAR(100),
    user_agent      VARCHAR(500),
    request_id      VARCHAR(100),
    action          VARCHAR(100)  NOT NULL,
    object_type     VARCHAR(100),
    object_id       VARCHAR(200),
    changes         TEXT          NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    detail          VARCHAR(1000),
    previous_hash   CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL
);
CREATE INDEX audit_record_at_idx ON audit_record (recorded_at, seq);
CREATE INDEX audit_record_subject_idx ON audit_record (subject, seq);
CREATE INDEX audit_record_action_idx ON audit_record (action, seq);
CREATE INDEX audit_record_object_idx ON audit_record (object_type, object_id, seq);

-- the last record of the chain; appends lock this one row (SELECT ... FOR UPDATE)
CREATE TABLE audit_chain_head (
    id    INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    seq   BIGINT   NOT NULL,
    hash  CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- every N records: the chain's hash there, signed with the server key (HMAC-SHA256)
CREATE TABLE audit_checkpoint (
    seq        BIGINT        NOT NULL PRIMARY KEY,
    hash       CHAR(64)      NOT NULL,
    key_id     VARCHAR(100)  NOT NULL,
    signature  VARCHAR(200)  NOT NULL,
    signed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- subjects whose tokens issued before revoked_at are refused (the cache holds them too)
CREATE TABLE access_revocation (
    subject     VARCHAR(200)  NOT NULL PRIMARY KEY,
    revoked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by  VARCHAR(200)  NOT NULL,
    reason      VARCHAR(500)
);
