package io.ticketknowledge.platform.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Verifies the audit chains straight from the database, without the server: {@code
 * scripts/audit-verify.sh} runs it. Exit status 0 when every chain is intact, 1 when one is broken
 * (the first broken link is printed), 2 on a usage or connection error.
 *
 * <p>Settings from the environment: {@code TK_DB_URL}, {@code TK_DB_USER}, {@code TK_DB_PASSWORD}
 * (or {@code TK_DB_PASSWORD_FILE}), {@code TK_AUDIT_CHECKPOINT_KEY} (or {@code _FILE}) and {@code
 * TK_AUDIT_CHECKPOINT_KEY_ID}; arguments: the schemas to check (default {@code ticket knowledge}).
 */
public final class AuditVerifyCommand {

  private AuditVerifyCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out));
  }

  static int run(String[] args, Map<String, String> env, PrintStream out) {
    String url = env.get("TK_DB_URL");
    if (url == null || url.isBlank()) {
      out.println("TK_DB_URL is not set (jdbc:postgresql://host:5432/db)");
      return 2;
    }
    List<String> schemas = new ArrayList<>(List.of(args));
    if (schemas.isEmpty()) {
      schemas = List.of("ticket", "knowledge");
    }
    CheckpointSigner signer;
    try {
      String key = secret(env, "TK_AUDIT_CHECKPOINT_KEY");
      signer =
          key == null
              ? null
              : new CheckpointSigner(
                  env.getOrDefault("TK_AUDIT_CHECKPOINT_KEY_ID", "k1"), key.strip());
    } catch (IOException | IllegalArgumentException e) {
      out.println("checkpoint key not usable: " + e.getMessage());
      return 2;
    }
    if (signer == null) {
      out.println("no TK_AUDIT_CHECKPOINT_KEY: checkpoint signatures are not checked");
    }
    Properties properties = new Properties();
    if (env.get("TK_DB_USER") != null) {
      properties.setProperty("user", env.get("TK_DB_USER"));
    }
    try {
      String password = secret(env, "TK_DB_PASSWORD");
      if (password != null) {
        properties.setProperty("password", password);
      }
    } catch (IOException e) {
      out.println("database password not readable: " + e.getMessage());
      return 2;
    }
    boolean intact = true;
    try (Connection connection = DriverManager.getConnection(url, properties)) {
      connection.setReadOnly(true);
      for (String schema : schemas) {
        ChainReport report = new AuditChainStore(schema).verify(connection, signer);
        out.println(describe(report));
        intact &= report.intact();
      }
    } catch (SQLException | IllegalArgumentException e) {
      out.println("verification failed: " + e.getMessage());
      return 2;
    }
    return intact ? 0 : 1;
  }

  static String describe(ChainReport report) {
    return report.intact()
        ? String.format(
            "%s: intact, %d records, %d checkpoints%s",
            report.schema(),
            report.records(),
            report.checkpoints(),
            report.signed() ? " (signatures checked)" : " (signatures NOT checked)")
        : String.format(
            "%s: BROKEN at record %d: %s (%d records before it are intact)",
            report.schema(), report.brokenAt(), report.problem(), report.records());
  }

  private static String secret(Map<String, String> env, String name) throws IOException {
    String value = env.get(name);
    if (value != null && !value.isBlank()) {
      return value;
    }
    String file = env.get(name + "_FILE");
    return file == null || file.isBlank()
        ? null
        : Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
  }
}
