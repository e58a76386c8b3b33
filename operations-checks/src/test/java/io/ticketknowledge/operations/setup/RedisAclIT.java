package io.ticketknowledge.operations.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's Redis user is not +@all: with the ACL file scripts/setup/setup-compose.sh
 * writes, loaded by a private redis-server on a Unix socket (no TCP port, gone after the test), the
 * commands the cache adapter sends (GET, SET PX, UNLINK, SCAN, INCRBY, its Lua scripts with TIME,
 * HMGET, HSET, PEXPIRE) work on tk:* keys, and administration, KEYS, FLUSHALL and other keys are
 * refused. The Kubernetes Redis gets the same rules.
 */
class RedisAclIT {

  private static final Pattern APP_RULES = Pattern.compile("REDIS_APP_RULES=\"([^\"]+)\"");

  @Test
  void kubernetesUsesTheSameRules() {
    String rules = appRules();
    assertTrue(rules.contains("-@all") && !rules.contains("+@all"), rules);
    String configMap = Repo.read("kubernetes/redis/configmap.yaml");
    assertTrue(configMap.contains("user tk-app on >$REDIS_PASSWORD " + rules), configMap);
    assertTrue(configMap.contains("'user default off'"), configMap);
    assertTrue(
        Repo.read("kubernetes/backend/deployment.yaml").contains("redis://tk-app:"),
        "the backend connects as tk-app");
  }

  @Test
  void theApplicationUserMayRunTheCacheCommandsAndNothingDangerous(@TempDir Path dir)
      throws Exception {
    String server = Command.require("redis-server");
    String cli = Command.require("redis-cli");
    Command setup =
        Command.run(
            Repo.ROOT,
            Map.of(),
            List.of(
                "bash",
                "scripts/setup/setup-compose.sh",
                "prod",
                "--secrets-dir",
                dir.resolve("secrets").toString(),
                "--env-file",
                dir.resolve("env").toString()));
    assertEquals(0, setup.exitCode(), setup.describe());
    String url = Files.readString(dir.resolve("secrets/redis_url"));
    Matcher user = Pattern.compile("redis://tk-app:([0-9a-f]+)@redis:6379").matcher(url);
    assertTrue(user.matches(), url);
    Path socket = dir.resolve("redis.sock");
    Process redis =
        new ProcessBuilder(
                server,
                "--port",
                "0",
                "--unixsocket",
                socket.toString(),
                "--aclfile",
                dir.resolve("secrets/redis_acl").toString(),
                "--dir",
                dir.toString(),
                "--save",
                "",
                "--appendonly",
                "no")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("redis.log").toFile())
            .start();
    try {
      for (int i = 0; i < 50 && !Files.exists(socket); i++) {
        Thread.sleep(100);
      }
      assertTrue(Files.exists(socket), Files.readString(dir.resolve("redis.log")));
      List<String> base =
          List.of(
              cli,
              "-s",
              socket.toString(),
              "--user",
              "tk-app",
              "--pass",
              user.group(1),
              "--no-auth-warning");
      List<String[]> allowed =
          List.of(
              new String[] {"PING"},
              new String[] {"SET", "tk:a", "1", "PX", "60000"},
              new String[] {"GET", "tk:a"},
              new String[] {"INCRBY", "tk:n", "2"},
              new String[] {"SCAN", "0", "MATCH", "tk:*"},
              new String[] {"UNLINK", "tk:a"},
              new String[] {
                "EVAL",
                "local t = redis.call('TIME'); redis.call('EXISTS', KEYS[1]);"
                    + " redis.call('HSET', KEYS[1], 't', t[1]); redis.call('PEXPIRE', KEYS[1], 1000);"
                    + " return redis.call('HMGET', KEYS[1], 't')",
                "1",
                "tk:bucket"
              },
              new String[] {"SCRIPT", "LOAD", "return 1"});
      List<String> problems = new ArrayList<>();
      for (String[] command : allowed) {
        Command run = redisCli(dir, base, command);
        if (run.exitCode() != 0
            || run.output().contains("NOPERM")
            || run.output().contains("ERR")) {
          problems.add("refused: " + String.join(" ", command) + " -> " + run.output().strip());
        }
      }
      List<String[]> refused =
          List.of(
              new String[] {"SET", "other", "1"},
              new String[] {"KEYS", "*"},
              new String[] {"FLUSHALL"},
              new String[] {"CONFIG", "GET", "maxmemory"},
              new String[] {"ACL", "LIST"},
              new String[] {"SHUTDOWN"});
      for (String[] command : refused) {
        Command run = redisCli(dir, base, command);
        if (!run.output().contains("NOPERM")) {
          problems.add("allowed: " + String.join(" ", command) + " -> " + run.output().strip());
        }
      }
      Command anonymous =
          redisCli(dir, List.of(cli, "-s", socket.toString()), new String[] {"GET", "tk:n"});
      if (!anonymous.output().contains("NOAUTH")) {
        problems.add("the default user answers: " + anonymous.output().strip());
      }
      assertEquals(List.of(), problems);
    } finally {
      redis.destroy();
      redis.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Command redisCli(Path dir, List<String> base, String[] command) {
    List<String> full = new ArrayList<>(base);
    full.addAll(List.of(command));
    return Command.run(dir, Map.of(), full);
  }

  private static String appRules() {
    Matcher rules = APP_RULES.matcher(Repo.read("scripts/setup/setup-compose.sh"));
    assertTrue(rules.find(), "REDIS_APP_RULES in setup-compose.sh");
    return rules.group(1);
  }
}
