-- Satisfaction (CSAT) ratings (io.ticketknowledge.ticket.satisfaction, decision 0023): one per
-- resolution of a ticket (the survey token names the ticket and the moment it was resolved), so a
-- second submission of the same token is refused by the unique key. Agent, group and month are
-- copied at rating time: the aggregates group by them without a join. Runs on PostgreSQL and H2.
CREATE SEQUENCE satisfaction_ratings_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE satisfaction_ratings (
    id            BIGINT PRIMARY KEY,
    ticket_id     BIGINT        NOT NULL,
    resolved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rating        VARCHAR(10)   NOT NULL,
    comment       VARCHAR(2000),
    requester_id  VARCHAR(200)  NOT NULL,
    agent_id      VARCHAR(200),
    group_id      BIGINT,
    rated_month   CHAR(7)       NOT NULL,
    rated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT satisfaction_rating_once UNIQUE (ticket_id, resolved_at)
);
CREATE INDEX satisfaction_ratings_ticket_idx ON satisfaction_ratings (ticket_id, rated_at);
CREATE INDEX satisfaction_ratings_month_idx ON satisfaction_ratings (rated_month, group_id);
