-- Ids come from a sequence that hands out blocks of 50 (the entity's allocationSize);
-- EclipseLink reads each value as the top of its block, hence START WITH 50.
CREATE SEQUENCE articles_id_seq START WITH 50 INCREMENT BY 50;

-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (the embedded profile).
CREATE TABLE articles (
    id            BIGINT PRIMARY KEY,
    title         VARCHAR(200)   NOT NULL,
    body          VARCHAR(100000) NOT NULL,
    language      VARCHAR(10)    NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    author_id     VARCHAR(255)   NOT NULL,
    author_name   VARCHAR(255)   NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT         NOT NULL
);

CREATE INDEX articles_status_idx ON articles (status, id);
