package io.ticketknowledge.ticket.search.control;

import io.ticketknowledge.platform.persistence.SchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An in-memory H2 database in PostgreSQL mode (as the embedded profile runs) migrated with the
 * module's real Flyway scripts, and the module's persistence unit on it through EclipseLink (the
 * provider Liberty uses), with local transactions instead of JTA.
 */
final class TicketSchemaOnH2 implements AutoCloseable {

  private final String url =
      "jdbc:h2:mem:"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  private final DataSource dataSource;
  private final EntityManagerFactory factory;

  public TicketSchemaOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    dataSource = h2;
    SchemaMigrator.migrate(dataSource, "ticket", getClass().getClassLoader());
    factory =
        Persistence.createEntityManagerFactory(
            "ticket",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "eclipselink.target-server", "None",
                "eclipselink.logging.level", "WARNING"));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs {@code work} in one local transaction, as the container runs a @Transactional method. */
  public void inTransaction(Consumer<EntityManager> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
  }
}
