package io.ticketknowledge.ticket.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private final SecretBox box = new SecretBox("unit-test-webhook-key-0123456789abcdef");

  @Test
  void sealedSecretsOpenWithTheSameKeyOnly() {
    byte[] secret = "whsec_abc".getBytes(StandardCharsets.UTF_8);
    String sealed = box.seal(secret);
    assertFalse(sealed.contains("whsec_abc"));
    assertNotEquals(sealed, box.seal(secret), "a fresh IV each time");
    assertArrayEquals(secret, box.open(sealed));
    SecretBox other = new SecretBox("another-webhook-key-0123456789abcdefgh");
    assertThrows(IllegalStateException.class, () -> other.open(sealed));
    assertThrows(IllegalStateException.class, () -> box.open("bm90IHNlYWxlZA=="));
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SecretBox("short"));
  }
}
