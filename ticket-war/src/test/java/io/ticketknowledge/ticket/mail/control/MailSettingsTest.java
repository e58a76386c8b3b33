package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSettingsTest {

  @Test
  void thePasswordComesFromTheValueElseFromItsFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("smtp-password");
    Files.writeString(file, "s3cret 密碼\n");
    assertEquals(
        Optional.of("s3cret 密碼"),
        MailSettings.secret(Optional.empty(), Optional.of(file.toString())));
    assertEquals(
        Optional.of("direct"),
        MailSettings.secret(Optional.of("direct"), Optional.of(file.toString())));
    assertEquals(Optional.empty(), MailSettings.secret(Optional.of(" "), Optional.empty()));
    assertThrows(
        IllegalStateException.class,
        () -> MailSettings.secret(Optional.empty(), Optional.of(dir.resolve("none").toString())));
  }
}
