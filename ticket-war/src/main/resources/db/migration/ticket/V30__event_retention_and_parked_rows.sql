-- Outbox rows that keep failing while others of the same cycle are taken are retried on their own
-- schedule (next_attempt_at) and set aside after tk.events.relay.max-attempts (parked_at), so one
-- bad row no longer throttles the relay; later rows of the same aggregate wait behind it.
ALTER TABLE outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox ADD COLUMN parked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX outbox_aggregate_idx ON outbox (aggregate_id, seq);
-- Retention deletes processed events by age (tk.events.processed.retention-days).
CREATE INDEX processed_event_age_idx ON processed_event (processed_at);
