package io.ticketknowledge.operations.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Prometheus' promtool (Debian package prometheus, installed by scripts/services/tools.sh).
 */
final class Promtool {

  record Result(int exitCode, String output) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  private final String executable;

  Promtool(String executable) {
    this.executable = executable;
  }

  /** promtool from the PATH (or /usr/bin); a clear failure when it is not installed. */
  static Promtool installed() {
    return find(System.getenv().getOrDefault("PATH", "") + ":/usr/bin");
  }

  /** promtool in one of the directories of a PATH-style list. */
  static Promtool find(String searchPath) {
    for (String dir : searchPath.split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "promtool"))) {
        return new Promtool(Path.of(dir, "promtool").toString());
      }
    }
    throw new IllegalStateException(
        "promtool is not installed (looked in "
            + searchPath
            + "): run scripts/services/tools.sh"
            + " (Debian package prometheus)");
  }

  Result run(Path workDir, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable);
    command.addAll(List.of(arguments));
    try {
      Process process =
          new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("promtool did not finish in 2 minutes: " + command);
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
