package io.ticketknowledge.platform;

import io.ticketknowledge.platform.persistence.SchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A module's schema on a fresh H2 database in PostgreSQL mode ({@link H2InPostgresMode}), migrated
 * by the module's real Flyway scripts, and — on first use — the module's persistence unit on it
 * through EclipseLink (the provider Liberty uses) with local transactions instead of JTA. The one
 * H2 set-up of the modules' tests.
 */
public final class ModuleSchemaOnH2 implements AutoCloseable {

  private final String unit;
  private final JdbcDataSource dataSource = H2InPostgresMode.fresh();
  private EntityManagerFactory factory;

  /**
   * @param schema the module's schema, also the name of its persistence unit
   */
  public ModuleSchemaOnH2(String schema) {
    this.unit = schema;
    SchemaMigrator.migrate(dataSource, schema, Thread.currentThread().getContextClassLoader());
  }

  /** A fresh database with {@code schema} migrated, for tests that need no JPA. */
  public static DataSource migrated(String schema) {
    return new ModuleSchemaOnH2(schema).dataSource();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs {@code work} in one local transaction, as the container runs a @Transactional method. */
  public void inTransaction(Consumer<EntityManager> work) {
    EntityManager em = factory().createEntityManager();
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

  private EntityManagerFactory factory() {
    if (factory == null) {
      factory =
          Persistence.createEntityManagerFactory(
              unit,
              Map.of(
                  "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                  "jakarta.persistence.jtaDataSource", "",
                  "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                  "jakarta.persistence.jdbc.url", dataSource.getURL(),
                  "eclipselink.target-server", "None",
                  "eclipselink.logging.level", "WARNING"));
    }
    return factory;
  }

  @Override
  public void close() {
    if (factory != null) {
      factory.close();
    }
  }
}
