package io.ticketknowledge.operations.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shell script of the repository - found by walking the tree, so new ones are covered without
 * editing this test - passes ShellCheck, stops on errors ({@code set -euo pipefail}) and answers
 * {@code --help}. Sourced libraries (no shebang line) are checked by ShellCheck only: they run with
 * the options of the script that sources them.
 */
class ScriptsIT {

  private static final List<Path> SCRIPTS = Repo.filesEndingWith(".sh");

  @Test
  void theWalkFindsTheScripts() {
    List<String> found = SCRIPTS.stream().map(Repo::relative).toList();
    for (String expected :
        List.of(
            "scripts/backup/backup-database.sh",
            "scripts/backup/restore-database.sh",
            "scripts/services/up.sh",
            "docker/backend/secrets-to-env.sh")) {
      assertTrue(found.contains(expected), expected + " in " + found);
    }
  }

  @Test
  void everyScriptPassesShellCheck() {
    String shellcheck = Command.require("shellcheck");
    List<String> command = Command.list(shellcheck, "-x", "-P", "SCRIPTDIR", "--format=gcc");
    SCRIPTS.forEach(script -> command.add(Repo.relative(script)));
    Command result = Command.run(Repo.ROOT, Command.env(), command);
    assertEquals(0, result.exitCode(), "shellcheck findings:\n" + result.output());
  }

  @Test
  void everyRunnableScriptStopsOnErrorsAndAnswersHelp() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path script : SCRIPTS) {
      String text = Files.readString(script);
      String name = Repo.relative(script);
      if (!text.startsWith("#!")) {
        if (!text.startsWith("# shellcheck shell=bash")) {
          problems.add(
              name + ": neither a script (#!) nor a declared library (# shellcheck shell=bash)");
        }
        continue;
      }
      if (!text.contains("\nset -euo pipefail\n")) {
        problems.add(name + ": no 'set -euo pipefail' line");
      }
      Command help = Command.run(Repo.ROOT, Command.env(), List.of("bash", name, "--help"));
      if (help.exitCode() != 0 || !help.output().contains("Usage")) {
        problems.add(name + " --help: " + help.describe());
      }
    }
    assertEquals(List.of(), problems);
  }
}
