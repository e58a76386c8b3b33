-- Personal data rights (decision 0026): an export or erasure finds a person's rows by their
-- subject id without scanning whole tables. Runs on PostgreSQL and H2.
CREATE INDEX article_feedback_user_idx ON article_feedback (user_id);
CREATE INDEX article_revisions_author_idx ON article_revisions (author_id);
CREATE INDEX article_reviews_actor_idx ON article_reviews (actor_id);
CREATE INDEX articles_author_idx ON articles (author_id);
CREATE INDEX search_misses_user_idx ON search_misses (user_id);
