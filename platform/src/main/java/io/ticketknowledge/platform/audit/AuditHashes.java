package io.ticketknowledge.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's arithmetic: the canonical form of a record (JSON, fixed key order, no spaces) and the
 * hash {@code SHA-256(previousHash + "\n" + canonical)} in lower-case hex.
 */
public final class AuditHashes {

  /** The "previous hash" of the first record. */
  public static final String GENESIS = "0".repeat(64);

  static final ObjectMapper JSON = new ObjectMapper();

  private AuditHashes() {}

  public static String hash(String previousHash, long seq, AuditEntry entry) {
    return sha256(previousHash + "\n" + canonical(seq, entry));
  }

  /** The canonical JSON of a record: every field, in a fixed order, nulls included. */
  public static String canonical(long seq, AuditEntry entry) {
    try {
      return JSON.writeValueAsString(tree(seq, entry));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode tree(long seq, AuditEntry entry) {
    ObjectNode node = JSON.createObjectNode();
    node.put("seq", seq);
    node.put("at", entry.at().toString());
    node.put("subject", entry.actor().subject());
    node.put("roles", entry.actor().rolesText());
    node.put("clientAddress", entry.actor().clientAddress());
    node.put("userAgent", entry.actor().userAgent());
    node.put("requestId", entry.actor().requestId());
    node.put("action", entry.action().name());
    node.put("objectType", entry.object().type());
    node.put("objectId", entry.object().id());
    node.set("changes", changes(entry));
    node.put("outcome", entry.outcome().name());
    node.put("detail", entry.detail());
    return node;
  }

  static ArrayNode changes(AuditEntry entry) {
    ArrayNode changes = JSON.createArrayNode();
    for (FieldChange change : entry.changes()) {
      ObjectNode one = changes.addObject();
      one.put("field", change.field());
      one.put("before", change.before());
      one.put("after", change.after());
    }
    return changes;
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
