-- Ids come from a sequence that hands out blocks of 50 (the entity's allocationSize);
-- EclipseLink reads each value as the top of its block, hence START WITH 50.
CREATE SEQUENCE tickets_id_seq START WITH 50 INCREMENT BY 50;

-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (the embedded profile).
CREATE TABLE tickets (
    id              BIGINT PRIMARY KEY,
    subject         VARCHAR(200)   NOT NULL,
    description     VARCHAR(20000) NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    priority        VARCHAR(20)    NOT NULL,
    requester_id    VARCHAR(255)   NOT NULL,
    requester_name  VARCHAR(255)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT         NOT NULL
);

CREATE INDEX tickets_requester_idx ON tickets (requester_id, id);
