-- Saved ticket lists: a name, a filter in the list's own query syntax (re-parsed on every run, so a
-- view never holds a filter the list would refuse) and a sort. Personal views belong to their owner;
-- shared ones are seen by a support group's members (group_id) or by every agent (group_id NULL).
-- Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE SEQUENCE saved_views_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE saved_views (
    id          BIGINT PRIMARY KEY,
    owner_id    VARCHAR(255)  NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    shared      BOOLEAN       NOT NULL,
    group_id    BIGINT        REFERENCES support_groups (id),
    filter      VARCHAR(4000) NOT NULL,
    sort        VARCHAR(20)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX saved_views_owner_idx ON saved_views (owner_id, id);
CREATE INDEX saved_views_shared_idx ON saved_views (shared, group_id);
