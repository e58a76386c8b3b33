package io.ticketknowledge.platform.audit;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The audit trail's configuration: the checkpoint key (a secret: a mounted file or the environment
 * in production, a fixed development value only in the embedded profile), its id, and how many
 * records lie between two checkpoints.
 */
public record AuditSettings(Optional<CheckpointSigner> signer, int checkpointEvery) {

  public static final String KEY_KEY = "tk.audit.checkpoint-key";
  public static final String KEY_ID_KEY = "tk.audit.checkpoint-key-id";
  public static final String EVERY_KEY = "tk.audit.checkpoint-every";

  public AuditSettings {
    if (checkpointEvery < 1) {
      throw new IllegalArgumentException(EVERY_KEY + " must be at least 1");
    }
  }

  public static AuditSettings from(Config config) {
    Optional<String> key = config.getOptionalValue(KEY_KEY, String.class).filter(k -> !k.isBlank());
    String keyId = config.getOptionalValue(KEY_ID_KEY, String.class).orElse("k1");
    return new AuditSettings(
        key.map(secret -> new CheckpointSigner(keyId, secret.strip())),
        config.getOptionalValue(EVERY_KEY, Integer.class).orElse(100));
  }
}
