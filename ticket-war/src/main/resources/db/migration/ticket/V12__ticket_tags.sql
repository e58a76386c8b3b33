-- Tags of tickets (agents' labels, e.g. "vpn", "新進同仁"): lower-case, one row per ticket and tag.
-- Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE TABLE ticket_tags (
    ticket_id  BIGINT      NOT NULL REFERENCES tickets (id),
    tag        VARCHAR(50) NOT NULL,
    PRIMARY KEY (ticket_id, tag)
);
CREATE INDEX ticket_tags_tag_idx ON ticket_tags (tag);
