package io.ticketknowledge.operations.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/deploy/deploy-compose.sh with stand-ins for docker-compose and docker that log their
 * calls: an upgrade replaces the backends one at a time and only after the one before is healthy,
 * records the tag, a rollback goes back to the tag before, and an unhealthy replica stops the
 * upgrade before the next one is touched.
 */
class DeployComposeIT {

  @TempDir Path temp;

  @Test
  void upgradeRollsOneReplicaAtATimeAndRollbackReturnsToThePreviousTag() throws Exception {
    Map<String, String> env = standIns("healthy");
    Files.writeString(temp.resolve("compose.env"), "TK_VERSION=1.0.0\n");
    Files.writeString(temp.resolve("history"), "2026-01-01T00:00:00Z 1.0.0\n");

    Command upgrade = deploy(env, "upgrade", "1.1.0");
    assertEquals(0, upgrade.exitCode(), upgrade.describe());
    List<String> calls = Files.readAllLines(temp.resolve("calls"));
    assertEquals(
        List.of(
            "compose pull backend-1 backend-2 frontend TK_VERSION=1.1.0",
            "compose up -d --no-deps backend-1 TK_VERSION=1.1.0",
            "docker inspect id-backend-1",
            "compose up -d --no-deps backend-2 TK_VERSION=1.1.0",
            "docker inspect id-backend-2",
            "compose up -d --no-deps frontend TK_VERSION=1.1.0",
            "docker inspect id-frontend"),
        calls.stream().filter(c -> !c.startsWith("compose ps")).toList());
    assertTrue(Files.readString(temp.resolve("compose.env")).contains("TK_VERSION=1.1.0"));

    Files.delete(temp.resolve("calls"));
    Command rollback = deploy(env, "rollback");
    assertEquals(0, rollback.exitCode(), rollback.describe());
    assertTrue(
        Files.readString(temp.resolve("calls"))
            .contains("compose up -d --no-deps backend-1 TK_VERSION=1.0.0"),
        Files.readString(temp.resolve("calls")));
    assertTrue(Files.readString(temp.resolve("compose.env")).contains("TK_VERSION=1.0.0"));
  }

  @Test
  void anUnhealthyReplicaStopsTheUpgrade() throws Exception {
    Map<String, String> env = standIns("unhealthy");
    Files.writeString(temp.resolve("compose.env"), "TK_VERSION=1.0.0\n");

    Command upgrade = deploy(env, "upgrade", "1.1.0");
    assertEquals(1, upgrade.exitCode(), upgrade.describe());
    assertTrue(upgrade.output().contains("backend-1 is unhealthy"), upgrade.describe());
    String calls = Files.readString(temp.resolve("calls"));
    assertTrue(!calls.contains("backend-2 TK_VERSION"), "backend-2 untouched: " + calls);
    // the unhealthy replica is put back on the tag before, so it stops taking requests it fails
    assertTrue(
        calls.contains(
            "compose up -d --no-deps backend-1 TK_VERSION=1.1.0\n"
                + "compose ps ps -q backend-1\n"
                + "docker inspect id-backend-1\n"
                + "compose up -d --no-deps backend-1 TK_VERSION=1.0.0\n"),
        "backend-1 rolled back: " + calls);
    assertTrue(upgrade.output().contains("rolling backend-1 back to 1.0.0"), upgrade.describe());
    assertTrue(Files.readString(temp.resolve("compose.env")).contains("TK_VERSION=1.0.0"));
  }

  @Test
  void aTagMustLookLikeATag() throws Exception {
    Command upgrade = deploy(standIns("healthy"), "upgrade", "1.1;rm -rf /");
    assertEquals(1, upgrade.exitCode(), upgrade.describe());
    assertTrue(upgrade.output().contains("not an image tag"), upgrade.describe());
  }

  private Command deploy(Map<String, String> env, String... args) {
    List<String> command =
        Command.list("bash", "scripts/deploy/deploy-compose.sh", "--env", "prod");
    command.addAll(List.of(args));
    return Command.run(Repo.ROOT, env, command);
  }

  /** docker-compose and docker stand-ins that append each call to temp/calls. */
  private Map<String, String> standIns(String health) throws Exception {
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Path calls = temp.resolve("calls");
    Path compose = bin.resolve("fake-compose");
    Files.writeString(
        compose,
        """
        #!/usr/bin/env bash
        while [ "${1:-}" = --env-file ] || [ "${1:-}" = -f ]; do shift 2; done
        if [ "$1" = ps ]; then echo "compose ps $*" >>"%1$s"; echo "id-${3:-all}"; exit 0; fi
        echo "compose $* TK_VERSION=${TK_VERSION:-}" >>"%1$s"
        """
            .formatted(calls));
    Path docker = bin.resolve("docker");
    Files.writeString(
        docker,
        """
        #!/usr/bin/env bash
        echo "docker $1 ${@: -1}" >>"%s"
        echo %s
        """
            .formatted(calls, health));
    for (Path script : List.of(compose, docker)) {
      script.toFile().setExecutable(true);
    }
    return Command.env(
        "TK_COMPOSE", compose.toString(),
        "PATH", bin + ":" + System.getenv("PATH"),
        "TK_COMPOSE_ENV_FILE", temp.resolve("compose.env").toString(),
        "TK_DEPLOY_HISTORY", temp.resolve("history").toString());
  }
}
