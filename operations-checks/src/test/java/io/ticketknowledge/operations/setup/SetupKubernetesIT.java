package io.ticketknowledge.operations.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.operations.tooling.Command;
import io.ticketknowledge.operations.tooling.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/setup/setup-kubernetes.sh creates every generic Secret key the manifests need
 * (kubernetes/required-secrets.txt) and never puts a value on a command line: with a kubectl
 * stand-in that records its arguments and what it is piped, the values are in the piped YAML and in
 * no argument list.
 */
class SetupKubernetesIT {

  private static final String SCRIPT = Repo.file("scripts/setup/setup-kubernetes.sh").toString();
  private static final Pattern CREATE =
      Pattern.compile("create secret generic (\\S+)((?: --from-file=[^ =]+=\\S+)+)");
  private static final Pattern FROM_FILE = Pattern.compile("--from-file=([^ =]+)=");

  @Test
  void everyRequiredSecretKeyIsCreatedFromFiles() {
    Command printed = Command.run(Repo.ROOT, Map.of(), List.of("bash", SCRIPT));
    assertEquals(0, printed.exitCode(), printed.describe());
    assertFalse(printed.output().contains("--from-literal"), printed.describe());
    Set<String> created = new TreeSet<>();
    Matcher create = CREATE.matcher(printed.output());
    while (create.find()) {
      Matcher key = FROM_FILE.matcher(create.group(2));
      while (key.find()) {
        created.add(create.group(1) + " " + key.group(1));
      }
    }
    Set<String> required = new TreeSet<>();
    for (String line : Repo.read("kubernetes/required-secrets.txt").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#") && !line.endsWith(" tls")) {
        required.add(line.trim());
      }
    }
    assertEquals(
        required, created, "generic secrets of required-secrets.txt vs setup-kubernetes.sh");
  }

  @Test
  void valuesReachKubectlThroughFilesAndPipesOnly(@TempDir Path dir) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path kubectl = bin.resolve("kubectl");
    // records its arguments; "create ... --dry-run" prints the values of the --from-file files as
    // YAML would carry them; "apply -f -" records its input; "get secret" finds nothing
    Files.writeString(
        kubectl,
        """
        #!/bin/bash
        echo "$*" >> "$LOG_DIR/args"
        case "$*" in
          *"get secret"*) exit 1 ;;
          *"apply -f -"*) cat >> "$LOG_DIR/applied" ;;
          *"create secret generic"*)
            for a in "$@"; do
              case "$a" in --from-file=*) f=${a#--from-file=*=}; echo "$(stat -c %a "$f") $(cat "$f")" ;; esac
            done ;;
        esac
        """);
    Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwx------"));
    Command applied =
        Command.run(
            dir,
            Map.of("PATH", bin + ":" + System.getenv("PATH"), "LOG_DIR", dir.toString()),
            List.of("bash", SCRIPT, "--apply"));
    assertEquals(0, applied.exitCode(), applied.describe());
    String args = Files.readString(dir.resolve("args"));
    String yaml = Files.readString(dir.resolve("applied"));
    List<String> values =
        yaml.lines().filter(l -> l.startsWith("600 ")).map(l -> l.substring(4)).toList();
    assertEquals(11, values.size(), "every generated value, from a file of mode 0600:\n" + yaml);
    for (String value : values) {
      assertTrue(value.length() >= 6, value);
      assertFalse(args.contains(value), "value on kubectl's command line: " + value);
    }
    assertTrue(values.stream().filter(v -> v.matches("[0-9a-f]{48}")).count() >= 9, yaml);
    Matcher dirUsed = Pattern.compile("--from-file=[^=]+=(\\S+)/").matcher(args);
    assertTrue(dirUsed.find(), args);
    assertFalse(Files.exists(Path.of(dirUsed.group(1))), "the value files are removed at exit");
  }
}
