-- Reports (issue 12 item 9, decision 0024). Runs on PostgreSQL and H2 (PostgreSQL mode).

-- Resolved per day and the outcome rollup's catch-up read ranges of resolved_at and updated_at.
CREATE INDEX tickets_resolved_at_idx ON tickets (resolved_at);
-- The backlog (tickets not resolved yet) grouped by status, priority and group: an index-only scan
-- of the open statuses, however many resolved tickets the table holds.
CREATE INDEX tickets_backlog_idx ON tickets (status, priority, group_id);
-- Agent workload: open tickets per assignee.
CREATE INDEX tickets_assignee_status_idx ON tickets (assignee_id, status);
-- Top categories of the tickets opened in a period.
CREATE INDEX tickets_created_category_idx ON tickets (created_at, category_id, group_id);

-- One row per resolved ticket: what the reports on times and SLA compliance read. The SLA verdict
-- is a replay of the ticket's record (decision 0014), too costly per row at report time, so the
-- rollup job (TicketOutcomeRollup) writes it once when the ticket resolves and again when it
-- resolves anew after a reopen; a reopened ticket loses its row until then.
CREATE TABLE report_ticket_outcomes (
    ticket_id               BIGINT      PRIMARY KEY REFERENCES tickets (id),
    resolved_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    group_id                BIGINT,
    assignee_id             VARCHAR(255),
    priority                VARCHAR(20) NOT NULL,
    -- the first public answer of someone other than the requester; null when there was none
    first_response_at       TIMESTAMP WITH TIME ZONE,
    first_response_seconds  BIGINT,
    resolution_seconds      BIGINT      NOT NULL,
    -- MET, BREACHED, or null when no policy measured that clock
    first_response_sla      VARCHAR(10),
    resolution_sla          VARCHAR(10),
    sla_policy              VARCHAR(100),
    evaluated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_outcomes_resolved_idx ON report_ticket_outcomes (resolved_at, group_id);

-- How far the rollup has read the tickets' updated_at (one row): each run reads from there.
CREATE TABLE report_rollup_checkpoint (
    id          INTEGER PRIMARY KEY,
    read_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO report_rollup_checkpoint (id, read_until) VALUES (1, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
