package io.ticketknowledge.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.persistence.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The module's migrations run on H2 in PostgreSQL mode, as the embedded profile uses them. */
class KnowledgeMigrationsOnH2Test {

  @Test
  void migrationsRunAndTheArticleTablesTakeTheirRows() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    SchemaMigrator.migrate(h2, "knowledge", getClass().getClassLoader());
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO knowledge.categories (id, parent_id, name_zh_tw, name_en, position, version)"
              + " VALUES (1, NULL, '網路', 'Network', 0, 1)");
      s.execute(
          "INSERT INTO knowledge.articles (id, title, body, language, status, author_id, author_name,"
              + " created_at, updated_at, version, category_id, head_revision, translation_group)"
              + " VALUES (10, 't', 'b', 'zh-TW', 'DRAFT', 'e', 'E', CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, 1, 1, 1, 10)");
      s.execute("INSERT INTO knowledge.article_tags (article_id, tag) VALUES (10, 'vpn')");
      s.execute(
          "INSERT INTO knowledge.article_revisions (id, article_id, number, title, summary, body,"
              + " body_html, author_id, author_name, message, created_at)"
              + " VALUES (1, 10, 1, 't', '', 'b', '<p>b</p>', 'e', 'E', '', CURRENT_TIMESTAMP)");
      s.execute(
          "INSERT INTO knowledge.article_feedback (id, article_id, revision, helpful, comment,"
              + " user_id, user_name, created_at) VALUES (1, 10, 1, TRUE, NULL, 'r', 'R',"
              + " CURRENT_TIMESTAMP)");
      s.execute("UPDATE knowledge.ticket_signals SET requester_id = 'x' WHERE 1 = 0");
      try (ResultSet r = s.executeQuery("SELECT audience, view_count FROM knowledge.articles")) {
        r.next();
        assertEquals("EVERYONE", r.getString(1));
        assertEquals(0, r.getLong(2));
      }
      // one revision number per article; one article per language in a translation group
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO knowledge.article_revisions (id, article_id, number, title, summary,"
                      + " body, body_html, author_id, author_name, message, created_at)"
                      + " VALUES (2, 10, 1, 't', '', 'b', '', 'e', 'E', '', CURRENT_TIMESTAMP)"));
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO knowledge.articles (id, title, body, language, status, author_id,"
                      + " author_name, created_at, updated_at, version, translation_group)"
                      + " VALUES (11, 't', 'b', 'zh-TW', 'DRAFT', 'e', 'E', CURRENT_TIMESTAMP,"
                      + " CURRENT_TIMESTAMP, 1, 10)"));
    }
  }
}
