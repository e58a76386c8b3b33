package io.ticketknowledge.operations.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * scripts/run.sh in the production profile: refuses to start without the keystore password (before
 * building anything), and shows the demo users and the token example in the embedded profile only.
 */
class RunScriptIT {

  @Test
  void theProductionProfileWithoutAKeystorePasswordIsRefusedAtOnce() {
    Command run =
        Command.run(
            Repo.ROOT, Map.of("TK_PROFILE", "production"), List.of("bash", "scripts/run.sh"));
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.output().contains("needs TK_KEYSTORE_PASSWORD"), run.describe());
    assertTrue(!run.output().contains("Building"), "refused before the build: " + run.describe());
  }

  @Test
  void theDemoUsersArePrintedInTheEmbeddedProfileOnly() {
    String script = Repo.read("scripts/run.sh");
    int guard = script.indexOf("if [ \"$TK_PROFILE\" = embedded ]; then");
    assertTrue(guard > 0, "the embedded-only block");
    String guarded = script.substring(guard, script.indexOf("\nfi\n", guard));
    for (String demo : List.of("requester1-pass", "Seeded users", "/oidc/endpoint/OP/token")) {
      assertEquals(
          script.indexOf(demo),
          guarded.indexOf(demo) + guard,
          demo + " appears only inside the embedded-only block");
    }
  }
}
