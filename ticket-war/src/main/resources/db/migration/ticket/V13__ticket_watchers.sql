-- People who follow a ticket without having requested it (colleagues, managers): they read it and
-- its public conversation. Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE TABLE ticket_watchers (
    ticket_id  BIGINT       NOT NULL REFERENCES tickets (id),
    user_id    VARCHAR(255) NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
);
CREATE INDEX ticket_watchers_user_idx ON ticket_watchers (user_id);
