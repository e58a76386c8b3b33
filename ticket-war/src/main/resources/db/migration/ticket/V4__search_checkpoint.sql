-- Checkpoints of the search reindex job (platform.search.reindex.JdbcCheckpointStore): one row per
-- index while a reindex runs, so a restarted job resumes. Same DDL as docs/ports/search.md, plus
-- started_at: set once when the run's first checkpoint is inserted (the store never updates it),
-- so the Ticket module knows since when changes may have missed the new generation.
-- Runs on PostgreSQL and H2.
CREATE TABLE search_reindex_checkpoint (
    index_name   VARCHAR(200) PRIMARY KEY,
    target_index VARCHAR(255) NOT NULL,
    last_id      VARCHAR(512),
    done         BIGINT       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
