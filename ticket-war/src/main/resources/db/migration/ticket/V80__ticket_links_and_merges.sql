-- Links between tickets (related, duplicate-of, parent/child) and merges of one ticket into another.
-- A link is stored once, in its canonical direction (a duplicate points to its original, a parent to
-- its child, a "related" pair from the lower id to the higher); both tickets list it.
-- Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE SEQUENCE ticket_links_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ticket_links (
    id          BIGINT PRIMARY KEY,
    source_id   BIGINT       NOT NULL REFERENCES tickets (id),
    target_id   BIGINT       NOT NULL REFERENCES tickets (id),
    link_type   VARCHAR(20)  NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ticket_links_not_self CHECK (source_id <> target_id),
    CONSTRAINT ticket_links_once UNIQUE (source_id, target_id, link_type)
);
CREATE INDEX ticket_links_target_idx ON ticket_links (target_id, id);

-- A merged ticket points to the one it was merged into (one row per merged ticket).
CREATE TABLE ticket_merges (
    source_id   BIGINT       PRIMARY KEY REFERENCES tickets (id),
    target_id   BIGINT       NOT NULL REFERENCES tickets (id),
    merged_by   VARCHAR(255) NOT NULL,
    merged_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ticket_merges_target_idx ON ticket_merges (target_id);

-- Knowledge articles an agent named as a ticket's solution (ids of the Knowledge module: no foreign
-- key across modules); ticket.resolved carries them as linkedArticleIds.
CREATE TABLE ticket_article_links (
    ticket_id   BIGINT NOT NULL REFERENCES tickets (id),
    article_id  BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, article_id)
);
