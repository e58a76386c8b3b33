-- Counts the changes of a ticket's conversation (a comment added, edited, moved by a merge), which
-- do not change the ticket's version. The search document of a ticket carries its comments and is
-- versioned by version + conversation_revision, so both kinds of change reach the index and an
-- older state never overwrites a newer one (decision 0020). Runs on PostgreSQL and H2.
ALTER TABLE tickets ADD COLUMN conversation_revision BIGINT DEFAULT 0 NOT NULL;
