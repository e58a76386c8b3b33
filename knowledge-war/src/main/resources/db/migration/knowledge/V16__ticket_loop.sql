-- The loop with tickets, fed by ticket.events: which articles a ticket was linked to (and whether
-- that ticket is solved), and which resolved tickets were proposed as draft articles.
CREATE TABLE article_ticket_links (
    article_id  BIGINT        NOT NULL REFERENCES articles (id),
    ticket_id   VARCHAR(200)  NOT NULL,
    solved      BOOLEAN       NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, ticket_id)
);
CREATE INDEX article_ticket_links_ticket_idx ON article_ticket_links (ticket_id);

CREATE TABLE ticket_proposals (
    ticket_id   VARCHAR(200)  PRIMARY KEY,
    article_id  BIGINT        NOT NULL REFERENCES articles (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
