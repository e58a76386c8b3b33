package io.ticketknowledge.operations.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both Compose files pass {@code docker-compose config} with exactly the files the documented setup
 * step creates (scripts/setup/setup-compose.sh, run here into a temporary directory), and keep the
 * rules of docs/operations/docker-compose.md.
 */
class ComposeFilesIT {

  private static final Set<String> DEV_SERVICES =
      Set.of(
          "database",
          "redis",
          "elasticsearch",
          "kafka",
          "minio",
          "clamav",
          "keycloak",
          "backend",
          "frontend",
          "nginx");
  private static final Set<String> PROD_SERVICES =
      Set.of(
          "database",
          "redis",
          "elasticsearch",
          "kafka",
          "minio",
          "minio-setup",
          "clamav",
          "backend-1",
          "backend-2",
          "frontend",
          "nginx");

  @TempDir Path temp;

  @Test
  void devStackIsValidWithTheSetupFilesAndListensOnLoopbackOnly() throws Exception {
    Map<String, String> env = setup("dev");
    Command config = compose("dev", env, "config");
    assertEquals(0, config.exitCode(), config.describe());
    ComposeConfig stack = ComposeConfig.parse(config.output());
    assertEquals(DEV_SERVICES, stack.services().keySet());
    assertSecretFilesExist(config.output());
    for (String service : DEV_SERVICES) {
      String block = stack.service(service);
      assertTrue(block.contains("    healthcheck:\n"), service + " has a health check");
      for (String port : stack.ports(service)) {
        assertTrue(port.startsWith("127.0.0.1:"), service + " port bound to loopback: " + port);
      }
    }
    assertDependsOnHealthy(
        stack.service("backend"), "database", "redis", "kafka", "minio", "clamav");
    assertDependsOnHealthy(stack.service("nginx"), "backend", "frontend");
    Command volumes = compose("dev", env, "config", "--volumes");
    assertEquals(
        Set.of(
            "database-data",
            "redis-data",
            "elasticsearch-data",
            "kafka-data",
            "minio-data",
            "clamav-data"),
        Set.copyOf(volumes.output().strip().lines().toList()));
  }

  @Test
  void prodStackIsValidWithTheSetupFiles() throws Exception {
    Map<String, String> env = setup("prod");
    Command config = compose("prod", env, "config");
    assertEquals(0, config.exitCode(), config.describe());
    ComposeConfig stack = ComposeConfig.parse(config.output());
    assertEquals(PROD_SERVICES, stack.services().keySet());
    assertSecretFilesExist(config.output());
    for (String service : PROD_SERVICES) {
      String block = stack.service(service);
      if (service.equals("minio-setup")) {
        // one-shot: runs to completion, the backends wait for it
        assertTrue(block.contains("    restart: on-failure\n"), block);
        assertFalse(block.contains("MINIO_ROOT"), "root credentials only by secret file: " + block);
        continue;
      }
      assertTrue(block.contains("    healthcheck:\n"), service + " has a health check");
      assertTrue(block.contains("    restart: unless-stopped\n"), service + " restarts");
      assertTrue(block.contains("      limits:\n"), service + " has resource limits");
      if (!service.equals("nginx")) {
        assertEquals(List.of(), stack.ports(service), service + " publishes no port");
      }
    }
    for (String backend : List.of("backend-1", "backend-2")) {
      String block = stack.service(backend);
      assertTrue(block.contains("image: ticket-knowledge/backend:1.4.2\n"), block);
      assertTrue(block.contains("TK_DB_PASSWORD_FILE: /run/secrets/db_password"), block);
      assertFalse(block.contains("TK_DB_PASSWORD:"), "no password in the environment: " + block);
      assertTrue(block.contains("    read_only: true\n"), block);
      assertDependsOnHealthy(
          block, "database", "redis", "elasticsearch", "kafka", "minio", "clamav");
      assertTrue(block.contains("TK_SCAN_CLAMAV_HOST: clamav\n"), "uploads scanned: " + block);
      assertTrue(
          block.contains("minio-setup:\n        condition: service_completed_successfully"),
          "the backend waits for its bucket-scoped MinIO user: " + block);
      assertFalse(block.contains("minio_root"), "no MinIO root credentials for the backend");
    }
    assertDependsOnHealthy(stack.service("nginx"), "backend-1", "backend-2", "frontend");
    assertTrue(
        stack.ports("nginx").contains("127.0.0.1:8081:8081/tcp"), stack.ports("nginx").toString());
  }

  @Test
  void prodRefusesToStartWithoutTheSettingsThatHaveNoDefault() throws Exception {
    Map<String, String> env = setup("prod");
    Files.writeString(Path.of(env.get("ENV_FILE")), "TK_VERSION=1.4.2\n");
    Command config = compose("prod", env, "config");
    assertNotEquals(0, config.exitCode(), config.describe());
    assertTrue(config.output().contains("TK_OIDC_ISSUER"), config.describe());
  }

  @Test
  void setupKeepsExistingSecretsSoAReRunNeverChangesAPassword() throws Exception {
    Map<String, String> env = setup("prod");
    Path password = Path.of(env.get("TK_SECRETS_DIR"), "db_password");
    String first = Files.readString(password);
    setup("prod");
    assertEquals(first, Files.readString(password));
    assertEquals(48, first.length(), "24 random bytes, hex");
    String acl = Files.readString(Path.of(env.get("TK_SECRETS_DIR"), "redis_acl"));
    String url = Files.readString(Path.of(env.get("TK_SECRETS_DIR"), "redis_url"));
    Matcher redisPassword = Pattern.compile("user tk-app on >(\\w+) ").matcher(acl);
    assertTrue(redisPassword.find(), acl);
    assertEquals("redis://tk-app:" + redisPassword.group(1) + "@redis:6379", url);
    String second = Files.readString(Path.of(env.get("TK_SECRETS_DIR"), "redis_acl"));
    assertEquals(acl, second, "the Redis ACL is kept too");
  }

  /** Runs the documented setup step into the temp directory; returns the Compose environment. */
  private Map<String, String> setup(String env) {
    Path secrets = temp.resolve("secrets");
    Path envFile = temp.resolve("compose.env");
    Command setup =
        Command.run(
            Repo.ROOT,
            Command.env(
                "TK_VERSION", "1.4.2",
                "TK_OIDC_ISSUER", "https://sso.example.com/realms/corp",
                "TK_OIDC_JWKS_URI", "https://sso.example.com/realms/corp/certs"),
            List.of(
                "bash",
                "scripts/setup/setup-compose.sh",
                env,
                "--secrets-dir",
                secrets.toString(),
                "--env-file",
                envFile.toString()));
    assertEquals(0, setup.exitCode(), setup.describe());
    if (!Files.exists(envFile)) {
      assertTrue(env.equals("dev"), "prod setup writes the env file");
    }
    return Command.env("TK_SECRETS_DIR", secrets.toString(), "ENV_FILE", envFile.toString());
  }

  private static Command compose(String env, Map<String, String> environment, String... args) {
    String dockerCompose = Command.require("docker-compose");
    List<String> command = Command.list(dockerCompose);
    Path envFile = Path.of(environment.get("ENV_FILE"));
    if (Files.exists(envFile)) {
      command.addAll(List.of("--env-file", envFile.toString()));
    }
    command.addAll(List.of("-f", "docker/docker-compose." + env + ".yml"));
    command.addAll(List.of(args));
    Map<String, String> processEnv = new java.util.HashMap<>(environment);
    processEnv.remove("ENV_FILE");
    return Command.run(Repo.ROOT, processEnv, command);
  }

  private static void assertSecretFilesExist(String config) {
    Matcher files = Pattern.compile("\n    file: (\\S+)").matcher(config);
    Set<String> checked = new TreeSet<>();
    while (files.find()) {
      assertTrue(Files.isRegularFile(Path.of(files.group(1))), "secret file " + files.group(1));
      checked.add(files.group(1));
    }
    assertFalse(checked.isEmpty(), "the stack uses secret files");
    Matcher tls = Pattern.compile("- (\\S+/tls):/etc/nginx/certs:ro").matcher(config);
    assertTrue(tls.find(), "nginx mounts the TLS directory");
    assertTrue(Files.isRegularFile(Path.of(tls.group(1), "tls.crt")), "certificate made by setup");
    assertTrue(Files.isRegularFile(Path.of(tls.group(1), "tls.key")), "key made by setup");
  }

  private static void assertDependsOnHealthy(String block, String... services) {
    for (String service : services) {
      assertTrue(
          block.contains("      " + service + ":\n        condition: service_healthy\n"),
          "depends on healthy " + service + ":\n" + block);
    }
  }
}
