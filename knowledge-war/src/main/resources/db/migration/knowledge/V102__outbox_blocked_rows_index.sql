-- The relay asks before every batch whether any pending row is blocked (failed or parked). Without
-- an index of its own that question scanned the whole pending backlog, once per batch: 9 of 82
-- thread samples of a 10,000-event run. Blocked rows are rare, so a partial index stays tiny.
-- PostgreSQL only (H2 has no partial indexes; the embedded profile's backlogs are small).
${postgresql}CREATE INDEX outbox_blocked_idx ON outbox (seq) WHERE published_at IS NULL AND (parked_at IS NOT NULL OR next_attempt_at IS NOT NULL);
