-- Reports (issue 12 item 9, decision 0024). Runs on PostgreSQL and H2 (PostgreSQL mode).

-- Every index below lets its report read the index alone (an index-only scan), never the rows.
-- Resolved per day, of every group or some.
CREATE INDEX tickets_resolved_at_idx ON tickets (resolved_at, group_id);
-- The backlog (tickets not resolved yet) by status, priority and group, opened before a day: the
-- open statuses only, however many resolved tickets the table holds.
CREATE INDEX tickets_backlog_idx ON tickets (status, priority, group_id, created_at);
-- Agent workload: open tickets per assignee.
CREATE INDEX tickets_workload_idx ON tickets (status, assignee_id, group_id);
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
