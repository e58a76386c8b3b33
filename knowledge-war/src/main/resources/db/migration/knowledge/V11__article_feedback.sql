-- "Was this helpful?" answers of readers, with an optional comment; owners and admins read them.
CREATE SEQUENCE article_feedback_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE article_feedback (
    id          BIGINT PRIMARY KEY,
    article_id  BIGINT        NOT NULL REFERENCES articles (id),
    revision    INTEGER       NOT NULL,
    helpful     BOOLEAN       NOT NULL,
    comment     VARCHAR(2000),
    user_id     VARCHAR(255)  NOT NULL,
    user_name   VARCHAR(255)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_feedback_article_idx ON article_feedback (article_id, id);
