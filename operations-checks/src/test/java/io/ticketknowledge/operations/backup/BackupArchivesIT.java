package io.ticketknowledge.operations.backup;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backup scripts' protection, without any service: restore-attachments.sh validates every entry
 * of an archive before it talks to S3 (a crafted archive must neither upload local files nor write
 * outside the target bucket), backups are written for their owner only, encrypted with a key kept
 * apart, and the signature of the checksum proves who made them. The archives are built here as
 * backup-attachments.sh writes them; a valid one passes the validation and stops only at the
 * missing S3 credentials (so the refusals below are not a validator that refuses everything).
 */
class BackupArchivesIT {

  private static final String RESTORE =
      Repo.file("scripts/backup/restore-attachments.sh").toString();
  private static final String LIB = Repo.file("scripts/backup/lib.sh").toString();

  @TempDir Path dir;

  /** Builds dir/NAME.tar (+ .sha256) from a staging directory made by the given bash commands. */
  private Path archive(String name, String commands) {
    String script =
        "set -euo pipefail; mkdir -p s/objects; cd s; "
            + commands
            + "; tar -cf ../"
            + name
            + ".tar -P --transform 's,^evil,../evil,' $(ls -A); cd ..; sha256sum "
            + name
            + ".tar > "
            + name
            + ".tar.sha256; rm -rf s";
    Command made = Command.run(dir, Map.of(), List.of("bash", "-c", script));
    assertEquals(0, made.exitCode(), made.describe());
    return dir.resolve(name + ".tar");
  }

  /** One object tickets/1/a.txt, as backup-attachments.sh writes it, plus extra commands. */
  private Path validArchive(String name, String extra) {
    return archive(
        name,
        "printf hello > objects/tickets%2F1%2Fa.txt; "
            + "printf 'tickets%%2F1%%2Fa.txt\\ttickets/1/a.txt\\ttext/plain\\n' > keys.tsv; "
            + "(cd objects && sha256sum -- *) > manifest.sha256; "
            + extra);
  }

  private Command restore(Path archive, String... env) {
    Map<String, String> vars = Command.env(env);
    return Command.run(
        dir, vars, List.of("bash", RESTORE, "--bucket", "tk-restore-check", archive.toString()));
  }

  @Test
  void aValidArchivePassesTheValidation() {
    Command run = restore(validArchive("ok", "true"));
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.output().contains("archive OK: 1 object(s)"), run.describe());
    assertTrue(run.output().contains("S3 credentials missing"), run.describe());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "symbolic link to a local file | ln -s /etc/passwd objects/link | entry of type 'l'",
        "hard link | ln keys.tsv objects/hard | objects/hard",
        "entry outside the archive's directory | echo x > evil | entry name '../evil'",
        "unexpected entry | echo x > run.sh | entry name 'run.sh'",
        "nested directory under objects | mkdir objects/sub && echo x > objects/sub/x | objects/sub",
        "local file named in keys.tsv | printf '../../../etc/passwd\\tx\\ttext/plain\\n' >> keys.tsv"
            + " | file name '../../../etc/passwd'",
        "key into another bucket | echo x > 'objects/..%2Fother-bucket%2Fx'"
            + " && printf '..%%2Fother-bucket%%2Fx\\t../other-bucket/x\\ttext/plain\\n' >> keys.tsv"
            + " | has a '.', '..' or empty leading segment",
        "key that is not the file's | echo x > objects/b.txt"
            + " && printf 'b.txt\\tc.txt\\ttext/plain\\n' >> keys.tsv | is not the one file b.txt stands for",
        "header injection in the content type | echo x > objects/b.txt"
            + " && printf 'b.txt\\tb.txt\\ttext/plain\\r\\n' >> keys.tsv | carriage return",
        "content type that is no media type | echo x > objects/b.txt"
            + " && printf 'b.txt\\tb.txt\\ttext/plain x-amz-acl: public\\n' >> keys.tsv | content type",
        "object that keys.tsv does not list | echo x > objects/b.txt"
            + " | objects/ holds files keys.tsv does not list",
        "listed file without a checksum | echo x > objects/b.txt"
            + " && printf 'b.txt\\tb.txt\\ttext/plain\\n' >> keys.tsv | b.txt has no checksum",
        "manifest line of another shape | echo 'abc  x' >> manifest.sha256 | manifest line 2",
      })
  void aCraftedArchiveIsRefusedBeforeAnythingIsUploaded(
      String attack, String commands, String message) {
    Path archive = validArchive("crafted", commands);
    Command run = restore(archive);
    assertEquals(5, run.exitCode(), attack + ": " + run.describe());
    assertTrue(run.output().contains(message), attack + ": " + run.describe());
    assertTrue(run.output().contains("nothing was restored"), run.describe());
    assertFalse(run.output().contains("archive OK"), run.describe());
  }

  @Test
  void anInvalidBucketNameIsRefused() {
    Path archive = validArchive("ok", "true");
    Command run =
        Command.run(
            dir, Map.of(), List.of("bash", RESTORE, "--bucket", "../other", archive.toString()));
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.output().contains("invalid bucket name"), run.describe());
  }

  // ---- encryption and signature ------------------------------------------------------------

  private Map<String, String> keys(Path keys) {
    Command made =
        Command.run(
            keys,
            Map.of(),
            List.of(
                "bash",
                "-c",
                "set -e; openssl rand -hex 32 > enc.key; openssl genpkey -algorithm ed25519 -out sign.pem;"
                    + " openssl pkey -in sign.pem -pubout -out verify.pem;"
                    + " openssl genpkey -algorithm ed25519 -out other.pem;"
                    + " openssl pkey -in other.pem -pubout -out other-verify.pem"));
    assertEquals(0, made.exitCode(), made.describe());
    return Map.of(
        "TK_BACKUP_ENCRYPTION_KEY_FILE", keys.resolve("enc.key").toString(),
        "TK_BACKUP_SIGNING_KEY_FILE", keys.resolve("sign.pem").toString(),
        "TK_BACKUP_VERIFY_KEY_FILE", keys.resolve("verify.pem").toString());
  }

  /** backup_seal of lib.sh on DIR/NAME, as the backup scripts call it (umask 077 first). */
  private Command seal(Map<String, String> env, Path backups, String name) {
    return Command.run(
        backups,
        env,
        List.of(
            "bash",
            "-c",
            "set -euo pipefail; umask 077; TK_SCRIPT=check; . '"
                + LIB
                + "'; backup_seal . '"
                + name
                + "'"));
  }

  @Test
  void backupsAreEncryptedOwnerOnlyAndTheirChecksumSigned(@TempDir Path keyDir) throws Exception {
    Map<String, String> env = keys(keyDir);
    Path backups = Files.createDirectories(dir.resolve("backups"));
    Path plain = validArchive("ok", "true");
    Files.move(plain, backups.resolve("tk-attachments-20261130T000000Z.tar"));
    Command sealed = seal(env, backups, "tk-attachments-20261130T000000Z.tar");
    assertEquals(0, sealed.exitCode(), sealed.describe());
    String name = "tk-attachments-20261130T000000Z.tar.enc";
    assertTrue(sealed.output().endsWith(name), sealed.describe());
    Path enc = backups.resolve(name);
    assertFalse(
        Files.exists(backups.resolve("tk-attachments-20261130T000000Z.tar")), "plaintext removed");
    for (String file : List.of(name, name + ".sha256", name + ".sha256.sig")) {
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.resolve(file))),
          file);
    }
    String bytes =
        new String(Files.readAllBytes(enc), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(bytes.contains("keys.tsv") || bytes.contains("tickets/1/a.txt"), "ciphertext only");

    // the restore decrypts and verifies: it gets as far as S3
    Command ok = restore(enc, flatten(env));
    assertEquals(1, ok.exitCode(), ok.describe());
    assertTrue(
        ok.output().contains("signature OK") && ok.output().contains("archive OK"), ok.describe());

    // another signer's key, a missing signature, a re-hashed forgery: refused (exit 3)
    Map<String, String> other = new java.util.HashMap<>(env);
    other.put("TK_BACKUP_VERIFY_KEY_FILE", keyDir.resolve("other-verify.pem").toString());
    Command wrongKey = restore(enc, flatten(other));
    assertEquals(3, wrongKey.exitCode(), wrongKey.describe());
    assertTrue(wrongKey.output().contains("bad signature"), wrongKey.describe());

    Files.write(enc, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
    Command rehash =
        Command.run(
            backups,
            Map.of(),
            List.of("bash", "-c", "sha256sum " + name + " > " + name + ".sha256"));
    assertEquals(0, rehash.exitCode());
    Command forged = restore(enc, flatten(env));
    assertEquals(3, forged.exitCode(), forged.describe());
    assertTrue(forged.output().contains("bad signature"), forged.describe());

    Files.delete(backups.resolve(name + ".sha256.sig"));
    Command unsigned = restore(enc, flatten(env));
    assertEquals(3, unsigned.exitCode(), unsigned.describe());
    assertTrue(unsigned.output().contains("refusing an unsigned backup"), unsigned.describe());
  }

  @Test
  void aKeyInsideTheBackupDirectoryIsRefused() throws Exception {
    Path backups = Files.createDirectories(dir.resolve("with-key"));
    Map<String, String> env = keys(backups);
    Files.writeString(backups.resolve("x.dump"), "data");
    Command sealed = seal(env, backups, "x.dump");
    assertEquals(1, sealed.exitCode(), sealed.describe());
    assertTrue(sealed.output().contains("keep keys apart from the backups"), sealed.describe());
  }

  @Test
  void anEncryptedBackupNeedsItsKey(@TempDir Path keyDir) throws Exception {
    Map<String, String> env = keys(keyDir);
    Path backups = Files.createDirectories(dir.resolve("needs-key"));
    Files.move(validArchive("ok", "true"), backups.resolve("b.tar"));
    assertEquals(0, seal(env, backups, "b.tar").exitCode());
    Command run = restore(backups.resolve("b.tar.enc"));
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(
        run.output().contains("is encrypted: set TK_BACKUP_ENCRYPTION_KEY_FILE"), run.describe());
  }

  private static String[] flatten(Map<String, String> env) {
    return env.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray(String[]::new);
  }
}
