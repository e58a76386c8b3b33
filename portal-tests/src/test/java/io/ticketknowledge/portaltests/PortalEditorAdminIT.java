package io.ticketknowledge.portaltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the editors' and admins' browser test (webapp/src/main/frontend/e2e/editor-admin.e2e.mjs: an
 * editor writes an article, the author cannot approve it, a second editor approves it and a
 * requester reads it; the admin's reindex progress; the dashboard; axe checks with no serious or
 * critical violations; screenshots in both languages) against the EAR this module started.
 */
class PortalEditorAdminIT {

  private static final Path REPO = Path.of(System.getProperty("tk.repo.root", "..")).normalize();
  private static final long LIMIT_SECONDS = 300;

  @BeforeAll
  static void chromiumInstalled() throws Exception {
    assertEquals(
        0,
        run(new ProcessBuilder(List.of("scripts/services/browser.sh")).directory(REPO.toFile())),
        "browser.sh");
  }

  @Test
  void editorPublishesThroughReviewAndAdminReindexes() throws Exception {
    File frontend = REPO.resolve("webapp/src/main/frontend").toFile();
    ProcessBuilder e2e = new ProcessBuilder("node", "e2e/editor-admin.e2e.mjs").directory(frontend);
    e2e.environment().put("BASE_URL", System.getProperty("tk.portal.base-url"));
    e2e.environment().put("SCREENSHOTS", System.getProperty("tk.portal.screenshots"));
    assertEquals(0, run(e2e), "editor-admin.e2e.mjs failed (its steps are printed above)");
  }

  /** Runs a process with its output in the test's output; a hung browser is killed. */
  private static int run(ProcessBuilder builder) throws Exception {
    Process process = builder.inheritIO().start();
    if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
