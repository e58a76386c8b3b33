-- Images and files of articles, stored in the blob port; this table keeps what the key does not:
-- the article, the original file name and who uploaded it.
CREATE SEQUENCE article_attachments_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE article_attachments (
    id            BIGINT PRIMARY KEY,
    article_id    BIGINT        NOT NULL REFERENCES articles (id),
    blob_key      VARCHAR(100)  NOT NULL UNIQUE,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(255)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    uploaded_by   VARCHAR(255)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_attachments_article_idx ON article_attachments (article_id, id);
