create schema ticket; set search_path=ticket;
-- Ids come from a sequence that hands out blocks of 50 (the entity's allocationSize);
-- EclipseLink reads each value as the top of its block, hence START WITH 50.
CREATE SEQUENCE tickets_id_seq START WITH 50 INCREMENT BY 50;

-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (the embedded profile).
CREATE TABLE tickets (
    id              BIGINT PRIMARY KEY,
    subject         VARCHAR(200)   NOT NULL,
    description     VARCHAR(20000) NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    priority        VARCHAR(20)    NOT NULL,
    requester_id    VARCHAR(255)   NOT NULL,
    requester_name  VARCHAR(255)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT         NOT NULL
);

CREATE INDEX tickets_requester_idx ON tickets (requester_id, id);
-- The fields of the ticket lifecycle (issue 9): number, type, category, impact/urgency with the
-- priority derived from them (P1–P4), department, group and assignee, workflow details and
-- resolved/closed times; support groups with members; categories; the history of every change.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- Human-readable numbers TK-<year>-<6 digits>: one counter for all years, so a number never repeats.
CREATE SEQUENCE ticket_numbers START WITH 1 INCREMENT BY 1;

-- Categories: an admin-managed tree, named in Traditional Chinese and English.
CREATE SEQUENCE categories_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE categories (
    id          BIGINT PRIMARY KEY,
    parent_id   BIGINT REFERENCES categories (id),
    name_zh_tw  VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX categories_parent_idx ON categories (parent_id);

-- Support groups (GROUPS is a keyword in H2, hence the prefix) and their agents.
CREATE SEQUENCE support_groups_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE support_groups (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL UNIQUE,
    description  VARCHAR(500),
    version      BIGINT       NOT NULL
);
CREATE TABLE support_group_members (
    group_id   BIGINT       NOT NULL REFERENCES support_groups (id),
    user_id    VARCHAR(255) NOT NULL,
    user_name  VARCHAR(255) NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX support_group_members_user_idx ON support_group_members (user_id);

ALTER TABLE tickets ADD COLUMN ticket_number VARCHAR(20);
ALTER TABLE tickets ADD COLUMN ticket_type VARCHAR(20) DEFAULT 'INCIDENT' NOT NULL;
ALTER TABLE tickets ADD COLUMN category_id BIGINT REFERENCES categories (id);
ALTER TABLE tickets ADD COLUMN impact VARCHAR(10) DEFAULT 'MEDIUM' NOT NULL;
ALTER TABLE tickets ADD COLUMN urgency VARCHAR(10) DEFAULT 'MEDIUM' NOT NULL;
ALTER TABLE tickets ADD COLUMN priority_overridden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE tickets ADD COLUMN requester_department VARCHAR(100);
ALTER TABLE tickets ADD COLUMN group_id BIGINT REFERENCES support_groups (id);
ALTER TABLE tickets ADD COLUMN assignee_id VARCHAR(255);
ALTER TABLE tickets ADD COLUMN assignee_name VARCHAR(255);
ALTER TABLE tickets ADD COLUMN pending_reason VARCHAR(30);
ALTER TABLE tickets ADD COLUMN resolution VARCHAR(20000);
ALTER TABLE tickets ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tickets ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

-- The old four priorities become P1–P4; impact and urgency are set so the matrix gives the same
-- priority (HIGH×HIGH=P1, HIGH×MEDIUM=P2, MEDIUM×MEDIUM=P3, LOW×LOW=P4).
UPDATE tickets SET impact = 'HIGH', urgency = 'HIGH', priority = 'P1' WHERE priority = 'URGENT';
UPDATE tickets SET impact = 'HIGH', urgency = 'MEDIUM', priority = 'P2' WHERE priority = 'HIGH';
UPDATE tickets SET impact = 'MEDIUM', urgency = 'MEDIUM', priority = 'P3' WHERE priority = 'NORMAL';
UPDATE tickets SET impact = 'LOW', urgency = 'LOW', priority = 'P4' WHERE priority = 'LOW';

UPDATE tickets SET ticket_number = 'TK-' || CAST(EXTRACT(YEAR FROM created_at) AS INTEGER) || '-'
    || LPAD(CAST(NEXTVAL('ticket_numbers') AS VARCHAR(20)), 6, '0');
ALTER TABLE tickets ALTER COLUMN ticket_number SET NOT NULL;
CREATE UNIQUE INDEX tickets_number_idx ON tickets (ticket_number);
CREATE INDEX tickets_group_idx ON tickets (group_id, id);
CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, id);
CREATE INDEX tickets_resolved_idx ON tickets (status, resolved_at);

-- Every change of a ticket, in order: who, when, which field, before and after. Internal entries
-- (internal notes, their edits) are never shown to requesters.
CREATE SEQUENCE ticket_history_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_history (
    id            BIGINT PRIMARY KEY,
    ticket_id     BIGINT        NOT NULL REFERENCES tickets (id),
    actor_id      VARCHAR(255)  NOT NULL,
    actor_name    VARCHAR(255)  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    change_kind   VARCHAR(40)   NOT NULL,
    before_value  VARCHAR(20000),
    after_value   VARCHAR(20000),
    internal      BOOLEAN       NOT NULL
);
CREATE INDEX ticket_history_ticket_idx ON ticket_history (ticket_id, id);
-- The conversation of a ticket: public replies and internal notes (never shown to requesters),
-- with the agents they mention. Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE SEQUENCE ticket_comments_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_comments (
    id           BIGINT PRIMARY KEY,
    ticket_id    BIGINT        NOT NULL REFERENCES tickets (id),
    author_id    VARCHAR(255)  NOT NULL,
    author_name  VARCHAR(255)  NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    internal     BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at    TIMESTAMP WITH TIME ZONE,
    version      BIGINT        NOT NULL
);
CREATE INDEX ticket_comments_ticket_idx ON ticket_comments (ticket_id, id);

CREATE TABLE ticket_comment_mentions (
    comment_id  BIGINT       NOT NULL REFERENCES ticket_comments (id),
    user_id     VARCHAR(255) NOT NULL,
    PRIMARY KEY (comment_id, user_id)
);
-- Tags of tickets (agents' labels, e.g. "vpn", "新進同仁"): lower-case, one row per ticket and tag.
-- Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE TABLE ticket_tags (
    ticket_id  BIGINT      NOT NULL REFERENCES tickets (id),
    tag        VARCHAR(50) NOT NULL,
    PRIMARY KEY (ticket_id, tag)
);
CREATE INDEX ticket_tags_tag_idx ON ticket_tags (tag);
-- People who follow a ticket without having requested it (colleagues, managers): they read it and
-- its public conversation. Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE TABLE ticket_watchers (
    ticket_id  BIGINT       NOT NULL REFERENCES tickets (id),
    user_id    VARCHAR(255) NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
);
CREATE INDEX ticket_watchers_user_idx ON ticket_watchers (user_id);
-- Business calendars for SLA clocks: the ordinary week (MONDAY=08:30-12:30,13:30-17:30;...) and
-- the dates that depart from it (holidays, make-up working days). Runs on PostgreSQL and H2.
CREATE SEQUENCE business_calendars_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE business_calendars (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL UNIQUE,
    time_zone   VARCHAR(64)   NOT NULL,
    week_hours  VARCHAR(1000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE calendar_days (
    calendar_id BIGINT       NOT NULL REFERENCES business_calendars (id) ON DELETE CASCADE,
    calendar_date DATE       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    note        VARCHAR(200) NOT NULL,
    hours       VARCHAR(200) NOT NULL,
    PRIMARY KEY (calendar_id, calendar_date)
);
-- Files attached to tickets and to their comments, stored in the blob port. The id is a random
-- UUID (never a sequence: ids in URLs must not be guessable); internal is copied from the comment
-- so that lists of requesters skip attachments of internal notes without a join.
-- Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE TABLE ticket_attachments (
    id             VARCHAR(36)   PRIMARY KEY,
    ticket_id      BIGINT        NOT NULL REFERENCES tickets (id),
    comment_id     BIGINT        REFERENCES ticket_comments (id),
    internal       BOOLEAN       NOT NULL,
    blob_key       VARCHAR(100)  NOT NULL UNIQUE,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(255)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    uploader_id    VARCHAR(255)  NOT NULL,
    uploader_name  VARCHAR(255)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ticket_attachments_ticket_idx ON ticket_attachments (ticket_id, created_at);
-- Admin-defined fields of tickets (decision 0012). Definitions are never deleted once a ticket
-- carries a value of them (they are deactivated); their key and type never change, so values refer
-- to them by key. Values are rows (EAV), one per atomic value (a multi-select has one row per chosen
-- option), with the field's type copied so a ticket reads without the definitions.
-- Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE SEQUENCE custom_fields_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE custom_fields (
    id                  BIGINT PRIMARY KEY,
    field_key           VARCHAR(40)   NOT NULL UNIQUE,
    label_zh            VARCHAR(100)  NOT NULL,
    label_en            VARCHAR(100)  NOT NULL,
    field_type          VARCHAR(20)   NOT NULL,
    is_required         BOOLEAN       NOT NULL,
    requester_editable  BOOLEAN       NOT NULL,
    min_value           NUMERIC(19, 4),
    max_value           NUMERIC(19, 4),
    max_length          INTEGER,
    sort_order          INTEGER       NOT NULL,
    active              BOOLEAN       NOT NULL,
    version             BIGINT        NOT NULL
);

CREATE TABLE custom_field_options (
    field_id      BIGINT        NOT NULL REFERENCES custom_fields (id),
    option_order  INTEGER       NOT NULL,
    option_value  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (field_id, option_order)
);

CREATE TABLE custom_field_ticket_types (
    field_id     BIGINT       NOT NULL REFERENCES custom_fields (id),
    ticket_type  VARCHAR(30)  NOT NULL,
    PRIMARY KEY (field_id, ticket_type)
);

CREATE TABLE ticket_field_values (
    ticket_id    BIGINT         NOT NULL REFERENCES tickets (id),
    field_key    VARCHAR(40)    NOT NULL,
    field_type   VARCHAR(20)    NOT NULL,
    field_value  VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (ticket_id, field_key, field_value)
);
-- the list filter ?field=key:value looks tickets up by value
CREATE INDEX ticket_field_values_value_idx ON ticket_field_values (field_key, field_value);
-- Keyset pages of the ticket list by each offered sort, and the filters agents use most, stay index
-- scans at 100k tickets. Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE INDEX tickets_created_idx ON tickets (created_at, id);
CREATE INDEX tickets_updated_idx ON tickets (updated_at, id);
CREATE INDEX tickets_status_idx ON tickets (status, id);
CREATE INDEX tickets_priority_idx ON tickets (priority, id);
-- SLA policies: ordered (position, first match wins) matches on priority, type, category and
-- requester department; targets in seconds of working time on a business calendar; escalation on
-- warning and breach. Runs on PostgreSQL and H2.
CREATE SEQUENCE sla_policies_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE sla_policies (
    id                     BIGINT PRIMARY KEY,
    name                   VARCHAR(100)  NOT NULL UNIQUE,
    position               INTEGER       NOT NULL UNIQUE,
    calendar_id            BIGINT        NOT NULL REFERENCES business_calendars (id),
    match_priorities       VARCHAR(100)  NOT NULL,
    match_types            VARCHAR(200)  NOT NULL,
    match_categories       VARCHAR(2000) NOT NULL,
    match_departments      VARCHAR(2000) NOT NULL,
    first_response_seconds BIGINT,
    next_response_seconds  BIGINT,
    resolution_seconds     BIGINT,
    warning_percent        INTEGER       NOT NULL,
    warning_notify         BOOLEAN       NOT NULL,
    warning_group_id       BIGINT,
    breach_notify          BOOLEAN       NOT NULL,
    breach_group_id        BIGINT,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT        NOT NULL
);

-- A warning or breach the watch job has acted on, once per ticket, metric, kind and clock cycle
-- (the next-response clock starts anew on each requester message): the key is what keeps two
-- replicas from recording it twice.
CREATE TABLE sla_notices (
    ticket_id   BIGINT      NOT NULL,
    metric      VARCHAR(20) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    cycle       INTEGER     NOT NULL,
    crossed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    noticed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ticket_id, metric, kind, cycle)
);
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
