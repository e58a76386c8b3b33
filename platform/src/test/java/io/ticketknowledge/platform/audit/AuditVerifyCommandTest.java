package io.ticketknowledge.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The command-line verifier against a JDBC URL: 0 intact, 1 broken (with the link), 2 unusable. */
class AuditVerifyCommandTest {

  @Test
  void reportsIntactThenTheFirstBrokenLink() throws Exception {
    AuditChainStoreTest chain = new AuditChainStoreTest();
    chain.schema();
    for (int i = 1; i <= 12; i++) {
      chain.append(AuditChainVerifierTest.entry(i, "v" + i));
    }
    Map<String, String> env =
        Map.of(
            "TK_DB_URL",
            ((JdbcDataSource) chain.dataSource).getURL(),
            "TK_AUDIT_CHECKPOINT_KEY",
            AuditChainVerifierTest.KEY);
    Output intact = run(env, "ticket");
    assertEquals(0, intact.status(), intact.text());
    assertTrue(
        intact.text().contains("ticket: intact, 12 records, 1 checkpoints (signatures checked)"),
        intact.text());

    chain.execute("delete from ticket.audit_record where seq = 4");
    Output broken = run(env, "ticket");
    assertEquals(1, broken.status(), broken.text());
    assertTrue(
        broken.text().contains("ticket: BROKEN at record 4: records 4 missing"), broken.text());

    Output wrongKey =
        run(
            Map.of("TK_DB_URL", env.get("TK_DB_URL"), "TK_AUDIT_CHECKPOINT_KEY", "short"),
            "ticket");
    assertEquals(2, wrongKey.status(), wrongKey.text());
    assertEquals(2, run(Map.of(), "ticket").status());
    assertEquals(2, run(env, "Robert'); drop table x;--").status());
  }

  record Output(int status, String text) {}

  static Output run(Map<String, String> env, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        AuditVerifyCommand.run(args, env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Output(status, bytes.toString(StandardCharsets.UTF_8));
  }
}
