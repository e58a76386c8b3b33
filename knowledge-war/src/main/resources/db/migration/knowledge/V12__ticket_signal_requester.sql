-- Who requested the ticket (from the events' payload), so editors see only the signals of tickets
-- the Ticket module would show them. Rows from before stay without one: visible to agents/admins only.
ALTER TABLE ticket_signals ADD COLUMN requester_id VARCHAR(255);
