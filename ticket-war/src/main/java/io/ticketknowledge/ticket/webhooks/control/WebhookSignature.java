package io.ticketknowledge.ticket.webhooks.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery (docs/webhooks.md, decision 0023): HMAC-SHA256 with the
 * webhook's secret over {@code <unix seconds> + "." + <body bytes>}, sent as {@code X-TK-Signature:
 * t=<unix seconds>,v1=<lowercase hex>}. The timestamp is inside the MAC, so a receiver that also
 * refuses old timestamps refuses replays.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-TK-Signature";

  private WebhookSignature() {}

  /** The hex HMAC of {@code timestamp.body}. */
  public static String sign(byte[] secret, long unixSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** The header value: {@code t=<unix seconds>,v1=<hex>}. */
  public static String header(byte[] secret, long unixSeconds, byte[] body) {
    return "t=" + unixSeconds + ",v1=" + sign(secret, unixSeconds, body);
  }

  /**
   * What a receiver does (and what the tests do): parses the header, recomputes the MAC in constant
   * time, and refuses timestamps further than {@code toleranceSeconds} from {@code nowSeconds}.
   */
  public static boolean verify(
      byte[] secret, String header, byte[] body, long nowSeconds, long toleranceSeconds) {
    if (header == null) {
      return false;
    }
    Long timestamp = null;
    String given = null;
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length != 2) {
        return false;
      }
      if (pair[0].equals("t")) {
        try {
          timestamp = Long.parseLong(pair[1]);
        } catch (NumberFormatException e) {
          return false;
        }
      } else if (pair[0].equals("v1")) {
        given = pair[1];
      }
    }
    if (timestamp == null || given == null || Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
        given.getBytes(StandardCharsets.US_ASCII));
  }
}
