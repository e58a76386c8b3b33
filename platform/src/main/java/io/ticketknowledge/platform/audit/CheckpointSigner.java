package io.ticketknowledge.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks checkpoints with HMAC-SHA256 under the server's audit key ({@code
 * tk.audit.checkpoint-key}, a mounted secret in production). The signed text names the schema, so a
 * checkpoint of one module's chain is worthless in the other's.
 */
public final class CheckpointSigner {

  /** Shorter keys are refused: HMAC-SHA256 wants at least 32 bytes of secret. */
  public static final int MIN_KEY_BYTES = 32;

  private final String keyId;
  private final byte[] key;

  public CheckpointSigner(String keyId, String secret) {
    this.keyId = Objects.requireNonNull(keyId);
    byte[] bytes = Objects.requireNonNull(secret).getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the audit checkpoint key must have at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = bytes;
  }

  public String keyId() {
    return keyId;
  }

  public AuditCheckpoint sign(String schema, long seq, String hash, Instant at) {
    return new AuditCheckpoint(seq, hash, keyId, signature(schema, seq, hash), at);
  }

  /** True when the checkpoint was signed with this key for this schema, seq and hash. */
  public boolean verifies(String schema, AuditCheckpoint checkpoint) {
    if (!keyId.equals(checkpoint.keyId()) || checkpoint.signature() == null) {
      return false;
    }
    byte[] expected =
        signature(schema, checkpoint.seq(), checkpoint.hash()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, checkpoint.signature().getBytes(StandardCharsets.UTF_8));
  }

  private String signature(String schema, long seq, String hash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signed =
          mac.doFinal((schema + ":" + seq + ":" + hash).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
