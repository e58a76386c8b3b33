package io.ticketknowledge.portaltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the portal's browser test (webapp/src/main/frontend/e2e/portal.e2e.mjs: sign in through the
 * real login page, language switch, suggestions while typing, a ticket opened and listed, knowledge
 * search and article, a localized API error, sign out) against the EAR this module started.
 */
class PortalBrowserIT {

  private static final Path REPO = Path.of(System.getProperty("tk.repo.root", "..")).normalize();
  private static final Duration LIMIT = Duration.ofMinutes(5);

  @BeforeAll
  static void chromiumInstalled() throws Exception {
    assertEquals(0, run(List.of("scripts/services/browser.sh"), REPO.toFile()), "browser.sh");
  }

  @Test
  void requesterFilesATicketWithSuggestionsInBothLanguages() throws Exception {
    File frontend = REPO.resolve("webapp/src/main/frontend").toFile();
    ProcessBuilder e2e = new ProcessBuilder("node", "e2e/portal.e2e.mjs").directory(frontend);
    e2e.environment().put("BASE_URL", System.getProperty("tk.portal.base-url"));
    e2e.environment().put("SCREENSHOTS", System.getProperty("tk.portal.screenshots"));
    assertEquals(0, run(e2e), "portal.e2e.mjs failed (its steps are printed above)");
  }

  private static int run(List<String> command, File directory) throws Exception {
    return run(new ProcessBuilder(command).directory(directory));
  }

  /**
   * Runs a process with its output in the test's output; a hung browser is killed, not waited for.
   */
  private static int run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.inheritIO().start();
    if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
