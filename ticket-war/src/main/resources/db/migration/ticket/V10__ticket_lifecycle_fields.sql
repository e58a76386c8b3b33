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
