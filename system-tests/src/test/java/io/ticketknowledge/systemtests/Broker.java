package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Stops and restarts the Kafka broker that scripts/services/up.sh started, for fault tests. A
 * broker this machine runs otherwise cannot be stopped from here: the test then fails and says so.
 */
final class Broker {

  private static final Path ROOT = Path.of(System.getProperty("tk.repo.root", ".."));
  private static final Path PID = ROOT.resolve(".services/kafka/kafka.pid");

  private Broker() {}

  /** Stops the broker with SIGTERM: a controlled shutdown. */
  static void stop() {
    end(ProcessHandle::destroy);
  }

  /** Kills the broker with SIGKILL, as a crash does: its logs are recovered at the next start. */
  static void kill() {
    end(ProcessHandle::destroyForcibly);
  }

  private static void end(java.util.function.Consumer<ProcessHandle> signal) {
    if (!Files.isReadable(PID)) {
      throw new AssertionError(
          "no " + PID + ": the Kafka fault test needs the broker that scripts/services/up.sh runs");
    }
    try {
      long pid = Long.parseLong(Files.readString(PID).trim());
      ProcessHandle broker =
          ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("Kafka pid " + pid + " gone"));
      signal.accept(broker);
      await().atMost(Duration.ofSeconds(60)).until(() -> !broker.isAlive());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> !answers());
  }

  static void start() {
    try {
      Process up =
          new ProcessBuilder(ROOT.resolve("scripts/services/up.sh").toString(), "--only", "kafka")
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (up.waitFor() != 0) {
        throw new AssertionError("scripts/services/up.sh --only kafka failed");
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    // after a kill the broker recovers its logs first
    await().atMost(Duration.ofSeconds(120)).until(Broker::answers);
  }

  private static boolean answers() {
    String[] hostPort = Api.env("TK_KAFKA_BOOTSTRAP").split(",")[0].split(":");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
