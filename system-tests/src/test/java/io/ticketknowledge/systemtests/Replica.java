package io.ticketknowledge.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Liberty server with the same EAR, configuration and services as the server under test
 * (same database, broker, search, cache), on other ports: a replica. Made from the test server's
 * directory (its apps, server.env, keystore and JDBC driver) with the ports changed, and started
 * with the same runtime and environment.
 */
final class Replica implements AutoCloseable {

  private final String name;
  private final Path userDir;
  private final Path server;
  private final int httpPort;

  private Replica(String name, Path userDir, int httpPort) {
    this.name = name;
    this.userDir = userDir;
    this.server = Path.of(System.getProperty("tk.test.liberty.install"), "bin", "server");
    this.httpPort = httpPort;
  }

  /** Copies the test server, starts the copy and waits until it is ready. */
  static Replica start(int httpPort, int httpsPort, Duration timeout) throws Exception {
    return start("systemtest-replica", httpPort, httpsPort, Map.of(), timeout);
  }

  /**
   * Copies the test server as {@code name} with {@code settings} replacing or adding lines of its
   * server.env (for example other service addresses), starts it and waits until it is ready.
   */
  static Replica start(
      String name, int httpPort, int httpsPort, Map<String, String> settings, Duration timeout)
      throws Exception {
    Path userDir = Path.of(System.getProperty("tk.test.liberty.user-dir"));
    Path original = userDir.resolve("servers/systemtest");
    Path copy = userDir.resolve("servers/" + name);
    deleteTree(copy);
    copyServer(original, copy);
    Map<String, String> replaced = new LinkedHashMap<>(settings);
    replaced.put("TK_HTTP_PORT", String.valueOf(httpPort));
    replaced.put("TK_HTTPS_PORT", String.valueOf(httpsPort));
    Path env = copy.resolve("server.env");
    List<String> lines =
        Files.readAllLines(env).stream()
            .filter(l -> !replaced.containsKey(l.split("=", 2)[0]))
            .collect(java.util.stream.Collectors.toList());
    replaced.forEach((key, value) -> lines.add(key + "=" + value));
    Files.write(env, lines);
    Replica replica = new Replica(name, userDir, httpPort);
    replica.run("start");
    replica.awaitReady(timeout);
    return replica;
  }

  /** Kills the server's JVM with SIGKILL, as a crash or an OOM killer does: no shutdown at all. */
  void kill() throws IOException, InterruptedException {
    long pid =
        Long.parseLong(Files.readString(userDir.resolve("servers/.pid/" + name + ".pid")).strip());
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
  }

  /** Starts the (stopped or killed) server again and waits until it is ready. */
  void restart(Duration timeout) throws Exception {
    run("start");
    awaitReady(timeout);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
  }

  @Override
  public void close() throws Exception {
    run("stop");
  }

  private void awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        var response = Api.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")));
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (RuntimeException e) {
        last = e.toString();
      }
      TimeUnit.SECONDS.sleep(2);
    }
    throw new IllegalStateException("the replica was not ready in " + timeout + ": " + last);
  }

  private void run(String action) throws IOException, InterruptedException {
    ProcessBuilder command = new ProcessBuilder(server.toString(), action, name);
    command.environment().put("WLP_USER_DIR", userDir.toString());
    command.redirectErrorStream(true);
    command.redirectOutput(userDir.resolve(name + "-" + action + ".log").toFile());
    Process process = command.start();
    if (!process.waitFor(240, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("server " + action + " " + name + " did not return");
    }
    if (process.exitValue() != 0 && !action.equals("stop")) {
      throw new IllegalStateException(
          "server "
              + action
              + " "
              + name
              + " failed ("
              + process.exitValue()
              + "): "
              + Files.readString(userDir.resolve(name + "-" + action + ".log")));
    }
  }

  /** The server's configuration and apps, not its logs or work area. */
  private static void copyServer(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path relative = from.relativize(file);
        String top = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        if (top.equals("logs") || top.equals("workarea")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
