-- The reindex checkpoint (platform.search.reindex.JdbcCheckpointStore) records its phase, so a run
-- killed after the alias swap resumes with the catch-up instead of losing the changes made during
-- it, and holds the run's claim: a lease that lets one server at a time run the reindex. A row
-- may exist before the first generation (claimed, nothing written yet): target_index is nullable.
ALTER TABLE search_reindex_checkpoint ADD COLUMN phase VARCHAR(20) DEFAULT 'FILLING' NOT NULL;
ALTER TABLE search_reindex_checkpoint ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE search_reindex_checkpoint ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE search_reindex_checkpoint ALTER COLUMN target_index DROP NOT NULL;
