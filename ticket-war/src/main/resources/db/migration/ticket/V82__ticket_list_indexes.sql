-- Keyset pages of the ticket list by each offered sort, and the filters agents use most, stay index
-- scans at 100k tickets. Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE INDEX tickets_created_idx ON tickets (created_at, id);
CREATE INDEX tickets_updated_idx ON tickets (updated_at, id);
CREATE INDEX tickets_status_idx ON tickets (status, id);
CREATE INDEX tickets_priority_idx ON tickets (priority, id);
