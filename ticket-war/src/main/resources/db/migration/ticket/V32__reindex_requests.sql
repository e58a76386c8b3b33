-- Requests for a reindex that the application carries out by itself: scripts/backup/restore-database.sh
-- inserts one ('*': every index of the schema) after a restore, because the search index then holds
-- newer versions than the restored tables and would refuse their later changes. The module polls
-- this table and deletes a request once a reindex begun after it completed. Runs on PostgreSQL and H2.
CREATE TABLE search_reindex_request (
    index_name    VARCHAR(200) NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reason        VARCHAR(500) NOT NULL
);
