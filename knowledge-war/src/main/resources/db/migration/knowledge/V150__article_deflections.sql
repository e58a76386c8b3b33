-- Knowledge deflection (issue 12 item 9, decision 0024): a requester left the new-ticket form
-- because a suggested article helped. One row per such leave; the report counts them per article.
-- Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE SEQUENCE article_deflections_id_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE article_deflections (
    id           BIGINT       PRIMARY KEY,
    article_id   BIGINT       NOT NULL REFERENCES articles (id),
    user_id      VARCHAR(255) NOT NULL,
    deflected_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The report reads a period's rows from the index alone.
CREATE INDEX article_deflections_at_idx ON article_deflections (deflected_at, article_id, user_id);
