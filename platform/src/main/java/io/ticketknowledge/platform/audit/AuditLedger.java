package io.ticketknowledge.platform.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The modules' audit tables in the server's database ({@code jdbc/tk}). Each append runs in a
 * transaction of its own: a refusal is recorded although the request fails, and an action's record
 * does not wait for (or roll back with) anything else the caller does.
 */
@ApplicationScoped
public class AuditLedger {

  private static final Logger LOG = Logger.getLogger(AuditLedger.class.getName());

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  private AuditSettings settings;

  @PostConstruct
  void configure() {
    settings = AuditSettings.from(ConfigProvider.getConfig());
    if (settings.signer().isEmpty()) {
      LOG.severe(
          "No "
              + AuditSettings.KEY_KEY
              + ": audit records are hash-chained, but no checkpoint is signed and verification"
              + " cannot check signatures (set TK_AUDIT_CHECKPOINT_KEY or its _FILE)");
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AuditRecord append(String schema, AuditEntry entry) {
    try (Connection connection = dataSource.getConnection()) {
      return new AuditChainStore(schema)
          .append(connection, entry, settings.signer().orElse(null), settings.checkpointEvery());
    } catch (SQLException e) {
      throw new IllegalStateException("audit record not written to " + schema, e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ChainReport verify(String schema) {
    try (Connection connection = dataSource.getConnection()) {
      return new AuditChainStore(schema).verify(connection, settings.signer().orElse(null));
    } catch (SQLException e) {
      throw new IllegalStateException("audit chain of " + schema + " not readable", e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<AuditRecord> search(String schema, AuditQuery query) {
    try (Connection connection = dataSource.getConnection()) {
      return new AuditChainStore(schema).search(connection, query);
    } catch (SQLException e) {
      throw new IllegalStateException("audit records of " + schema + " not readable", e);
    }
  }
}
