-- Issue 12 items 3-5 (decision 0022): triggers and time rules, macros, auto-assignment.
-- Runs on PostgreSQL and H2.

-- Admin-defined triggers: on one event kind (or TIME for the scheduled time rules), conditions and
-- actions as JSON (checked by the API before they are stored), tried in ascending position.
CREATE SEQUENCE automation_triggers_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE automation_triggers (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL UNIQUE,
    position    INTEGER       NOT NULL,
    active      BOOLEAN       NOT NULL,
    event_kind  VARCHAR(20)   NOT NULL,
    conditions  VARCHAR(20000) NOT NULL,
    actions     VARCHAR(60000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

-- A trigger ran on a ticket for one cause: the event's id, or for a time rule the ticket and the
-- instant its current status began ("time:<ticket>:<instant>"). The key keeps redeliveries, two
-- replicas and later time-rule runs from acting twice on the same cause.
CREATE TABLE automation_runs (
    trigger_id  BIGINT        NOT NULL,
    cause       VARCHAR(120)  NOT NULL,
    ticket_id   BIGINT        NOT NULL,
    ran_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (trigger_id, cause)
);
CREATE INDEX automation_runs_ticket_idx ON automation_runs (ticket_id);

-- Macros: a canned reply in zh-TW and English plus field changes; owner_id null = shared.
CREATE SEQUENCE macros_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE macros (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    owner_id    VARCHAR(255),
    reply_zh    VARCHAR(20000),
    reply_en    VARCHAR(20000),
    internal    BOOLEAN       NOT NULL,
    changes     VARCHAR(60000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX macros_owner_idx ON macros (owner_id);

-- How a group's new tickets find an agent; last_assignee is the round-robin pointer (moved under a
-- row lock of this row).
CREATE TABLE group_assignment (
    group_id          BIGINT PRIMARY KEY,
    mode              VARCHAR(20)  NOT NULL,
    open_ticket_limit INTEGER      NOT NULL,
    last_assignee     VARCHAR(255),
    version           BIGINT       NOT NULL
);

-- Whether an agent takes new tickets, and when (weekly hours in their time zone; null = always).
CREATE TABLE agent_availability (
    user_id       VARCHAR(255) PRIMARY KEY,
    available     BOOLEAN      NOT NULL,
    time_zone     VARCHAR(60),
    working_hours VARCHAR(2000),
    version       BIGINT       NOT NULL
);

-- open tickets per assignee, for least-open and the limit
CREATE INDEX tickets_assignee_status_idx ON tickets (assignee_id, status);
