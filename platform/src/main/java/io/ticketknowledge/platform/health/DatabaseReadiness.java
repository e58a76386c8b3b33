package io.ticketknowledge.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database behind {@code jdbc/tk} answers (H2 embedded, PostgreSQL in production).
 */
@Readiness
@Alternative
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    return Probe.run("database", "jdbc", this::probe);
  }

  private String probe() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(3)) {
        throw new IllegalStateException("connection is not valid");
      }
      DatabaseMetaData meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
