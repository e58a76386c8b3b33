-- Idempotency keys of article-creating POSTs: one row per (user, key), with a fingerprint of the
-- request, so a retry replays the first result and a reused key is refused (decision 0003).
CREATE TABLE request_keys (
    user_id      VARCHAR(255) NOT NULL,
    idem_key     VARCHAR(255) NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    article_id   BIGINT       NOT NULL REFERENCES articles (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);

CREATE INDEX request_keys_created_idx ON request_keys (created_at);
