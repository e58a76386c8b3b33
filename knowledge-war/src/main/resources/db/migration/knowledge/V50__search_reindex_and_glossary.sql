-- Checkpoints of the articles index's reindex (platform.search.reindex.JdbcCheckpointStore): the
-- DDL of docs/ports/search.md with started_at, phase and the run's claim (as ticket V4 + V31).
-- And the search glossary editors and admins keep (knowledge.glossary): sets of synonyms and
-- regional terms, one term per line in `terms`. Runs on PostgreSQL and H2.
CREATE TABLE search_reindex_checkpoint (
    index_name   VARCHAR(200) PRIMARY KEY,
    target_index VARCHAR(255),
    last_id      VARCHAR(512),
    done         BIGINT       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    phase        VARCHAR(20)  DEFAULT 'FILLING' NOT NULL,
    lease_owner  VARCHAR(200),
    lease_until  TIMESTAMP WITH TIME ZONE
);

CREATE SEQUENCE glossary_entries_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE glossary_entries (
    id          BIGINT PRIMARY KEY,
    kind        VARCHAR(20)   NOT NULL,
    terms       VARCHAR(4000) NOT NULL,
    note        VARCHAR(500),
    updated_by  VARCHAR(255)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT glossary_entries_kind_ck CHECK (kind IN ('SYNONYM', 'REGIONAL'))
);
