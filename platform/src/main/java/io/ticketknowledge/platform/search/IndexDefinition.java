package io.ticketknowledge.platform.search;

import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an index holds. A business module declares it in code, so it is versioned with the code; the
 * adapters derive their mapping from it. Any change of fields needs a new {@code version}: the
 * physical index is {@code <prefix><name>-v<version>-<suffix>} and a reindex moves the alias {@code
 * <prefix><name>} to it.
 */
public final class IndexDefinition {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,60}");

  private final String name;
  private final int version;
  private final Map<String, FieldDefinition> fields;
  private final String versionField;
  private final boolean foldedText;

  public IndexDefinition(String name, int version, List<FieldDefinition> fields) {
    this(name, version, fields, null, false);
  }

  private IndexDefinition(
      String name,
      int version,
      List<FieldDefinition> fields,
      String versionField,
      boolean foldedText) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("index name must match " + NAME + ": " + name);
    }
    if (version < 1) {
      throw new IllegalArgumentException("index version must be at least 1");
    }
    Map<String, FieldDefinition> byName = new LinkedHashMap<>();
    for (FieldDefinition field : fields) {
      if (byName.put(field.name(), field) != null) {
        throw new IllegalArgumentException("field defined twice: " + field.name());
      }
    }
    if (byName.values().stream().noneMatch(f -> f.type() == FieldType.TEXT)) {
      throw new IllegalArgumentException("an index needs at least one text field");
    }
    this.name = name;
    this.version = version;
    this.fields = Collections.unmodifiableMap(byName);
    if (versionField != null
        && (byName.get(versionField) == null
            || byName.get(versionField).type() != FieldType.LONG)) {
      throw new IllegalArgumentException("a version field must be a number field: " + versionField);
    }
    this.versionField = versionField;
    this.foldedText = foldedText;
  }

  /**
   * The same index whose documents carry their source's version in {@code numberField}: every write
   * keeps the newer document (Elasticsearch external versioning; Lucene compares the stored
   * version), so an older state never overwrites a newer one, whichever replica or job writes it.
   * Every document must then have that field. Not part of the fingerprint: the mapping is the same.
   */
  public IndexDefinition versionedBy(String numberField) {
    return new IndexDefinition(
        name, version, List.copyOf(fields.values()), numberField, foldedText);
  }

  /**
   * The same index with a third field per text field holding the folded terms ({@link
   * io.ticketknowledge.platform.search.analysis.TextAnalysis#folded()}: Traditional = Simplified
   * Chinese, Wi-Fi = WiFi), which queries also search, and glossary alternatives. Part of the
   * fingerprint: an index that turns it on needs a new version and a reindex.
   */
  public IndexDefinition withFoldedText() {
    return new IndexDefinition(name, version, List.copyOf(fields.values()), versionField, true);
  }

  /** Whether text fields also have the folded field. */
  public boolean foldedText() {
    return foldedText;
  }

  /** The number field holding each document's version, when writes are versioned. */
  public Optional<String> versionField() {
    return Optional.ofNullable(versionField);
  }

  /**
   * The document's version under this definition, or empty when writes are not versioned.
   *
   * @throws IllegalArgumentException when writes are versioned and the document has none
   */
  public Optional<Long> versionOf(SearchDocument document) {
    if (versionField == null) {
      return Optional.empty();
    }
    Object value = document.fields().get(versionField);
    if (!(value instanceof Number number)
        || value instanceof Double
        || value instanceof Float
        || number.longValue() < 0) {
      throw new IllegalArgumentException(
          "document " + document.id() + " of " + this + " needs a version in " + versionField);
    }
    return Optional.of(number.longValue());
  }

  public String name() {
    return name;
  }

  public int version() {
    return version;
  }

  public Map<String, FieldDefinition> fields() {
    return fields;
  }

  public Optional<FieldDefinition> field(String fieldName) {
    return Optional.ofNullable(fields.get(fieldName));
  }

  public List<FieldDefinition> fieldsOf(FieldType type) {
    return fields.values().stream().filter(f -> f.type() == type).toList();
  }

  /**
   * A short digest of the fields: stored with the physical index, so a definition changed without a
   * new version is noticed instead of silently writing to a mismatched mapping.
   */
  /**
   * How an existing index, stored with {@code version} and {@code fingerprint}, relates to this
   * definition.
   *
   * @throws IllegalStateException when the fields changed but the version did not
   */
  public IndexStatus statusOf(String storedVersion, String storedFingerprint) {
    if (!String.valueOf(version).equals(storedVersion)) {
      return IndexStatus.OUTDATED;
    }
    if (!fingerprint().equals(storedFingerprint)) {
      throw new IllegalStateException(
          "the fields of "
              + this
              + " changed but its version did not: raise the version and reindex");
    }
    return IndexStatus.CURRENT;
  }

  public String fingerprint() {
    StringBuilder text = new StringBuilder();
    fields
        .values()
        .forEach(
            f ->
                text.append(f.name())
                    .append(':')
                    .append(f.type())
                    .append(':')
                    .append(f.boost())
                    .append(':')
                    .append(f.stored())
                    .append(';'));
    if (foldedText) {
      text.append("folded-text:").append(TextAnalysis.FOLDED_VERSION).append(';');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name + " v" + version;
  }
}
