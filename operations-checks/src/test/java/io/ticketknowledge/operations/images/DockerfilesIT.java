package io.ticketknowledge.operations.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The images are built from the repository's own files: the backend runs liberty-config/ (the
 * configuration the tests run) and there is no second server.xml; base images are pinned; the
 * container scripts behave as documented.
 */
class DockerfilesIT {

  private static final String BACKEND = Repo.read("docker/backend/Dockerfile");

  @Test
  void backendImageCopiesTheServerConfigurationTheTestsUse() {
    for (String source :
        List.of(
            "liberty-config/server.xml",
            "liberty-config/profiles/",
            "liberty-config/jvm.options",
            "ear/target/ticket-knowledge.ear",
            "ear/target/jdbc/")) {
      assertTrue(
          Pattern.compile("(?m)^COPY --chown=1001:0 " + Pattern.quote(source) + " ")
              .matcher(BACKEND)
              .find(),
          "backend image copies " + source);
    }
    assertTrue(Files.isRegularFile(Repo.file("liberty-config/profiles/production.xml")));
    // the datasource looks for the driver in ${server.config.dir}/jdbc: that is /config/jdbc
    assertTrue(
        Repo.read("liberty-config/profiles/production.xml")
            .contains("${server.config.dir}/jdbc\" includes=\"postgresql-*.jar\""));
    assertTrue(BACKEND.contains("COPY --chown=1001:0 ear/target/jdbc/ /config/jdbc/"));
    assertTrue(
        Repo.read("ear/pom.xml").contains("<outputDirectory>${project.build.directory}/jdbc"),
        "the ear build puts the driver where the Dockerfile takes it");
  }

  @Test
  void theRepositoryHasOneServerXml() {
    List<String> serverXmls =
        Repo.filesEndingWith("server.xml").stream().map(Repo::relative).toList();
    assertEquals(List.of("liberty-config/server.xml"), serverXmls);
  }

  @Test
  void backendRunsAsProductionNonRootWithAHealthCheckAndAHeapByContainerLimit() {
    assertTrue(BACKEND.contains("ENV TK_PROFILE=production"));
    assertTrue(BACKEND.contains("TK_HTTP_HOST=*"));
    assertTrue(BACKEND.contains("RUN features.sh"));
    assertTrue(BACKEND.contains("RUN configure.sh"));
    assertTrue(Pattern.compile("(?m)^USER 1001$").matcher(BACKEND).find(), "non-root");
    assertTrue(BACKEND.contains("HEALTHCHECK") && BACKEND.contains("/health/ready"));
    // jvm.options keeps -Xmx for local runs; the image must drop it or the limit would not count
    assertTrue(Repo.read("liberty-config/jvm.options").contains("-Xmx"));
    assertTrue(BACKEND.contains("sed -i -e '/^-Xm[sx]/d' /config/jvm.options"));
    assertTrue(BACKEND.contains("-XX:MaxRAMPercentage=${HEAP_PERCENT}"));
  }

  @Test
  void everyBaseAndServiceImageIsPinned() {
    List<String> problems = new ArrayList<>();
    List<String> images = new ArrayList<>();
    for (String file :
        List.of(
            "docker/backend/Dockerfile",
            "docker/frontend/Dockerfile",
            "docker/nginx/Dockerfile",
            "docker/docker-compose.dev.yml",
            "docker/docker-compose.prod.yml")) {
      String text = Repo.read(file);
      Matcher image = Pattern.compile("(?m)^(?:FROM|\\s+image:) (\\S+)").matcher(text);
      while (image.find()) {
        String name = baseArgumentDefault(file, text, image.group(1), problems);
        images.add(name);
        if (name.contains("${TK_VERSION")) {
          continue; // our own images: the tag is the release being deployed
        }
        if (!name.matches(".+:[^:/]*\\d[^:/]*") || name.endsWith(":latest")) {
          problems.add(file + ": " + name + " is not pinned to a version");
        }
      }
    }
    assertFalse(images.isEmpty());
    assertEquals(List.of(), problems);
  }

  /**
   * A Dockerfile names its base as a build argument ({@code FROM ${LIBERTY_IMAGE}}), so another
   * registry or a local stand-in can be passed in; the argument's default is the official image.
   */
  private static String baseArgumentDefault(
      String file, String text, String from, List<String> problems) {
    if (!file.endsWith("Dockerfile")) {
      return from;
    }
    Matcher argument = Pattern.compile("^\\$\\{(\\w+)}$").matcher(from);
    if (!argument.matches()) {
      problems.add(file + ": FROM " + from + " is not a build argument");
      return from;
    }
    Matcher value = Pattern.compile("(?m)^ARG " + argument.group(1) + "=(\\S+)$").matcher(text);
    if (!value.find()) {
      problems.add(file + ": ARG " + argument.group(1) + " has no default");
      return from;
    }
    return value.group(1);
  }

  @Test
  void secretFilesBecomeEnvironmentVariables(@TempDir Path temp) throws Exception {
    Path password = temp.resolve("db_password");
    Files.writeString(password, "s3cr3t with spaces\n");
    String script = "docker/backend/secrets-to-env.sh";

    Command ok =
        Command.run(
            Repo.ROOT,
            Command.env("TK_DB_PASSWORD_FILE", password.toString()),
            List.of(
                "bash",
                script,
                "sh",
                "-c",
                "printf '%s|%s' \"$TK_DB_PASSWORD\" \"${TK_DB_PASSWORD_FILE:-unset}\""));
    assertEquals(0, ok.exitCode(), ok.describe());
    assertEquals("s3cr3t with spaces|unset", ok.output());

    Command both =
        Command.run(
            Repo.ROOT,
            Command.env("TK_DB_PASSWORD_FILE", password.toString(), "TK_DB_PASSWORD", "x"),
            List.of("bash", script, "true"));
    assertEquals(1, both.exitCode(), both.describe());
    assertTrue(both.output().contains("both TK_DB_PASSWORD and TK_DB_PASSWORD_FILE"));

    Command missing =
        Command.run(
            Repo.ROOT,
            Command.env("TK_S3_SECRET_KEY_FILE", temp.resolve("nothing").toString()),
            List.of("bash", script, "true"));
    assertEquals(1, missing.exitCode(), missing.describe());
    assertTrue(missing.output().contains("not a readable file"), missing.describe());
  }
}
