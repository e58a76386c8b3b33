-- Personal data rights and retention (issue 13 item 3, decision 0026). Runs on PostgreSQL and H2.

-- A legal hold suspends retention and erasure for one ticket. One row per ticket that ever had a
-- hold; held = FALSE once cleared (the audit trail keeps who set and cleared it, and why).
CREATE TABLE ticket_legal_holds (
    ticket_id   BIGINT        PRIMARY KEY REFERENCES tickets (id),
    held        BOOLEAN       NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    changed_by  VARCHAR(255)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

-- What happens to closed tickets of one type as they age: anonymized after N months, their files
-- deleted after M months (either may be NULL: never), and whether a person's erasure keeps the
-- content of their tickets of this type (names are pseudonymized either way).
CREATE TABLE ticket_retention_rules (
    ticket_type                      VARCHAR(20)  PRIMARY KEY,
    anonymize_after_months           INTEGER,
    delete_attachments_after_months  INTEGER,
    keep_content_on_erasure          BOOLEAN      NOT NULL,
    updated_at                       TIMESTAMP WITH TIME ZONE NOT NULL,
    version                          BIGINT       NOT NULL
);

-- Set when retention anonymized the ticket: the sweep does not select it again.
ALTER TABLE tickets ADD COLUMN anonymized_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX tickets_retention_idx ON tickets (ticket_type, status, closed_at);
CREATE INDEX ticket_comments_author_idx ON ticket_comments (author_id);
CREATE INDEX ticket_attachments_uploader_idx ON ticket_attachments (uploader_id);
CREATE INDEX ticket_history_actor_idx ON ticket_history (actor_id);
