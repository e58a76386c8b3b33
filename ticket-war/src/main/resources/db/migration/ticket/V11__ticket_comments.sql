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
