-- Searches and suggestions that found nothing: the raw "knowledge gaps" that admins group and read.
CREATE SEQUENCE search_misses_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE search_misses (
    id          BIGINT PRIMARY KEY,
    query       VARCHAR(1000) NOT NULL,
    normalized  VARCHAR(200)  NOT NULL,
    locale      VARCHAR(10),
    source      VARCHAR(20)   NOT NULL,
    user_id     VARCHAR(255)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_misses_normalized_idx ON search_misses (normalized, created_at);

-- when Knowledge first heard of a ticket (≈ when it was opened), for "asked, found nothing, then
-- opened a ticket"; rows from before keep it empty and fall back to updated_at
ALTER TABLE ticket_signals ADD COLUMN first_seen_at TIMESTAMP WITH TIME ZONE;
