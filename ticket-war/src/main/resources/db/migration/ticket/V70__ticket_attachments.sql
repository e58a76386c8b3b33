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
