package io.ticketknowledge.operations.nginx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code nginx -t} on the repository's nginx files, unchanged. The files are laid out as in the
 * container (/etc/nginx = a directory under target/), with a certificate made by the documented
 * setup step. nginx resolves upstream host names (backend-1, frontend ...) when it loads the
 * configuration; they exist only on a Compose network, so the check runs in a private user and
 * mount namespace ({@code unshare -rm}) where a test hosts file is bind-mounted over /etc/hosts and
 * a tmpfs over /tmp (the configuration's pid and temp paths). Nothing on the machine changes.
 */
class NginxConfigIT {

  private static final Path WORK = Path.of("target", "nginx-check").toAbsolutePath();
  private static final String HOSTS = "127.0.0.1 localhost backend backend-1 backend-2 frontend\n";

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void edgeConfigurationPassesNginxTest(String env) throws IOException {
    Path conf = layOut(env, true);
    Command test = nginxTest(conf, "nginx.conf");
    assertEquals(0, test.exitCode(), test.describe());
  }

  @Test
  void theCheckFailsWhenTheCertificateIsMissing() throws IOException {
    Path conf = layOut("prod", false);
    Command test = nginxTest(conf, "nginx.conf");
    assertNotEquals(0, test.exitCode(), "nginx -t must load the certificate: " + test.describe());
    assertTrue(test.output().contains("tls.crt"), test.describe());
  }

  @Test
  void frontendTemplatePassesNginxTest() throws IOException {
    Path conf = layOut("dev", true);
    String server =
        Repo.read("docker/frontend/default.conf.template")
            .replace("${TK_API_UPSTREAM}", "backend:9080");
    Files.writeString(conf.resolve("portal.conf"), server);
    Files.writeString(
        conf.resolve("frontend.conf"),
        // what the image's own /etc/nginx/nginx.conf around conf.d/default.conf amounts to
        "pid /tmp/frontend.pid;\nerror_log /dev/stderr;\nevents {}\n"
            + "http {\n include mime.types;\n access_log /dev/stdout;\n include portal.conf;\n}\n");
    Command test = nginxTest(conf, "frontend.conf");
    assertEquals(0, test.exitCode(), test.describe());
  }

  /**
   * nginx drops the server's add_header lines in a location with its own add_header: every such
   * location of the frontend repeats the security headers.
   */
  @Test
  void everyFrontendLocationWithHeadersSendsTheSecurityHeaders() {
    String template = Repo.read("docker/frontend/default.conf.template");
    List<String> headers =
        List.of(
            "Strict-Transport-Security",
            "X-Content-Type-Options \"nosniff\"",
            "X-Frame-Options",
            "Referrer-Policy",
            "frame-ancestors 'none'");
    String[] locations = template.split("\n    location ");
    int withHeaders = 0;
    for (int i = 1; i < locations.length; i++) {
      String block = locations[i].substring(0, locations[i].indexOf("\n    }"));
      if (!block.contains("add_header")) {
        continue;
      }
      withHeaders++;
      for (String header : headers) {
        assertTrue(
            block.contains(header),
            "location " + block.lines().findFirst().orElse("") + ": " + header);
      }
    }
    assertTrue(withHeaders >= 2, "the asset and page locations: " + withHeaders);
  }

  @Test
  void operationsEndpointsAreNotPublic() {
    String servers = Repo.read("docker/nginx/conf.d/ticket-knowledge.conf");
    int publicServer = servers.indexOf("listen 8443 ssl");
    int internalServer = servers.indexOf("listen 8081;");
    assertTrue(publicServer > 0 && internalServer > publicServer, servers);
    String publicPart = servers.substring(publicServer, internalServer);
    assertTrue(
        publicPart.contains("location ~ ^/(health|metrics|openapi)(/|$) {\n        return 404;"),
        "the public server answers 404 for health, metrics and openapi");
    assertTrue(publicPart.contains("client_max_body_size 1m;"), "the API's 1 MiB body limit");
    assertTrue(servers.substring(internalServer).contains("deny all;"), "internal only");
  }

  /** /etc/nginx as in the container: nginx.conf, conf.d/, upstreams.conf, mime.types, certs/. */
  private static Path layOut(String env, boolean withCertificate) throws IOException {
    Path conf = WORK.resolve(env + (withCertificate ? "" : "-nocert"));
    deleteTree(conf);
    Files.createDirectories(conf.resolve("conf.d"));
    Files.copy(Repo.file("docker/nginx/nginx.conf"), conf.resolve("nginx.conf"));
    try (Stream<Path> files = Files.list(Repo.file("docker/nginx/conf.d"))) {
      for (Path file : files.toList()) {
        Files.copy(file, conf.resolve("conf.d").resolve(file.getFileName()));
      }
    }
    Files.copy(
        Repo.file("docker/nginx/upstreams/" + env + ".conf"), conf.resolve("upstreams.conf"));
    Files.copy(Path.of("/etc/nginx/mime.types"), conf.resolve("mime.types"));
    if (withCertificate) {
      Path secrets = conf.resolve("setup");
      Command setup =
          Command.run(
              Repo.ROOT,
              Command.env(),
              List.of(
                  "bash",
                  "scripts/setup/setup-compose.sh",
                  "dev",
                  "--secrets-dir",
                  secrets.toString()));
      assertEquals(0, setup.exitCode(), setup.describe());
      Files.createDirectories(conf.resolve("certs"));
      Files.copy(secrets.resolve("tls/tls.crt"), conf.resolve("certs/tls.crt"));
      Files.copy(secrets.resolve("tls/tls.key"), conf.resolve("certs/tls.key"));
    }
    Files.writeString(conf.resolve("hosts"), HOSTS);
    return conf;
  }

  private static Command nginxTest(Path conf, String main) {
    String nginx = Command.require("nginx");
    String unshare = Command.require("unshare");
    // paths relative to the working directory (conf): the checkout itself may live under /tmp,
    // which the tmpfs hides from absolute paths, not from the directory the shell is already in
    String inside =
        "mount --bind hosts /etc/hosts && mount -t tmpfs tmpfs /tmp && "
            + nginx
            + " -t -p ./ -c ./"
            + conf.relativize(conf.resolve(main))
            + " -g 'user root;'";
    Command result = Command.run(conf, Command.env(), List.of(unshare, "-rm", "sh", "-c", inside));
    if (result.output().contains("unshare failed")
        || result.output().contains("Operation not permitted")) {
      throw new AssertionError(
          "this check needs unprivileged user namespaces (unshare -rm): " + result.describe());
    }
    return result;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
