package io.ticketknowledge.ticket.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] SECRET = "whsec_test-secret".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BODY =
      "{\"id\":\"e1\",\"type\":\"ticket.opened\",\"payload\":{\"subject\":\"印表機\"}}"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void theHeaderCarriesTimestampAndHexMac() {
    assertEquals(64, WebhookSignature.sign(SECRET, 1_700_000_000L, BODY).length());
    assertEquals(
        "t=1700000000,v1=" + WebhookSignature.sign(SECRET, 1_700_000_000L, BODY),
        WebhookSignature.header(SECRET, 1_700_000_000L, BODY));
  }

  @Test
  void theMacIsHmacSha256OverTimestampDotBody() {
    // computed outside Java: printf '1700000000.{}' | openssl dgst -sha256 -hmac 'key'
    assertEquals(
        "9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae",
        WebhookSignature.sign(
            "key".getBytes(StandardCharsets.UTF_8), 1_700_000_000L, "{}".getBytes()));
  }

  @Test
  void aReceiverAcceptsTheHeaderAndRefusesAlteredBodiesTimestampsOrSecrets() {
    long t = 1_700_000_000L;
    String header = WebhookSignature.header(SECRET, t, BODY);
    assertTrue(WebhookSignature.verify(SECRET, header, BODY, t + 10, 300));
    assertFalse(WebhookSignature.verify(SECRET, header, "{}".getBytes(), t, 300), "body");
    assertFalse(WebhookSignature.verify("other".getBytes(), header, BODY, t, 300), "secret");
    assertFalse(WebhookSignature.verify(SECRET, header, BODY, t + 301, 300), "too old");
    String shifted = header.replace("t=" + t, "t=" + (t + 1));
    assertFalse(WebhookSignature.verify(SECRET, shifted, BODY, t, 300), "timestamp is signed");
    assertFalse(WebhookSignature.verify(SECRET, null, BODY, t, 300));
    assertFalse(WebhookSignature.verify(SECRET, "v1=abc", BODY, t, 300));
    assertFalse(WebhookSignature.verify(SECRET, "t=x,v1=abc", BODY, t, 300));
    assertFalse(WebhookSignature.verify(SECRET, "garbage", BODY, t, 300));
  }
}
