package io.ticketknowledge.operations.tooling;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command-line tool and keeps its exit code and combined output. */
public record Command(int exitCode, String output) {

  private static final long TIMEOUT_SECONDS = 120;

  /** The tool's path, or a failing test that says how to install it. */
  public static String require(String tool) {
    for (String dir : (System.getenv("PATH") + File.pathSeparator + "/usr/sbin:/sbin").split(":")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return fail(
        tool + " is not installed: run scripts/services/tools.sh (installs the checking tools)");
  }

  public static Command run(Path workDir, Map<String, String> env, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.redirectErrorStream(true);
    // the test services' TK_* settings of the calling shell must not leak into what is checked
    builder.environment().keySet().removeIf(name -> name.startsWith("TK_"));
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail(command + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      return new Command(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return fail("cannot run " + command + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted: " + command);
    }
  }

  public static Command run(Path workDir, String... command) {
    return run(workDir, Map.of(), List.of(command));
  }

  /** An environment map built from name/value pairs. */
  public static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  public static List<String> list(String... parts) {
    return new ArrayList<>(List.of(parts));
  }

  public String describe() {
    return "exit " + exitCode + ":\n" + output;
  }
}
