-- Articles as editors write them: a category tree, metadata, revisions and the review history.
-- The articles row holds the head (latest revision's content and the metadata); what readers see
-- is the revision named by published_revision. Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE SEQUENCE categories_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE categories (
    id          BIGINT PRIMARY KEY,
    parent_id   BIGINT REFERENCES categories (id),
    name_zh_tw  VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    position    INTEGER      NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX categories_parent_idx ON categories (parent_id);

ALTER TABLE articles ADD COLUMN summary VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE articles ADD COLUMN category_id BIGINT REFERENCES categories (id);
ALTER TABLE articles ADD COLUMN audience VARCHAR(20) DEFAULT 'EVERYONE' NOT NULL;
ALTER TABLE articles ADD COLUMN audience_group VARCHAR(100);
ALTER TABLE articles ADD COLUMN owner_id VARCHAR(255);
ALTER TABLE articles ADD COLUMN owner_name VARCHAR(255);
ALTER TABLE articles ADD COLUMN review_by DATE;
ALTER TABLE articles ADD COLUMN head_revision INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE articles ADD COLUMN published_revision INTEGER;
ALTER TABLE articles ADD COLUMN translation_group BIGINT;
ALTER TABLE articles ADD COLUMN source_revision_seen INTEGER;
ALTER TABLE articles ADD COLUMN view_count BIGINT DEFAULT 0 NOT NULL;
UPDATE articles SET owner_id = author_id, owner_name = author_name;

CREATE INDEX articles_category_idx ON articles (category_id);
CREATE INDEX articles_owner_review_idx ON articles (owner_id, review_by);
CREATE UNIQUE INDEX articles_translation_idx ON articles (translation_group, language);

CREATE TABLE article_tags (
    article_id  BIGINT       NOT NULL REFERENCES articles (id),
    tag         VARCHAR(50)  NOT NULL,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX article_tags_tag_idx ON article_tags (tag);

CREATE SEQUENCE article_revisions_id_seq START WITH 50 INCREMENT BY 50;

-- every saved edit; number counts per article from 1
CREATE TABLE article_revisions (
    id           BIGINT PRIMARY KEY,
    article_id   BIGINT          NOT NULL REFERENCES articles (id),
    number       INTEGER         NOT NULL,
    title        VARCHAR(200)    NOT NULL,
    summary      VARCHAR(500)    NOT NULL,
    body         VARCHAR(100000) NOT NULL,
    body_html    TEXT            NOT NULL,
    author_id    VARCHAR(255)    NOT NULL,
    author_name  VARCHAR(255)    NOT NULL,
    message      VARCHAR(500)    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_revisions_number_uq UNIQUE (article_id, number)
);

CREATE SEQUENCE article_reviews_id_seq START WITH 50 INCREMENT BY 50;

-- what happened in the review workflow (submitted, approved, sent back with a comment, ...)
CREATE TABLE article_reviews (
    id           BIGINT PRIMARY KEY,
    article_id   BIGINT        NOT NULL REFERENCES articles (id),
    revision     INTEGER       NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    actor_id     VARCHAR(255)  NOT NULL,
    actor_name   VARCHAR(255)  NOT NULL,
    comment      VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_reviews_article_idx ON article_reviews (article_id, id);
