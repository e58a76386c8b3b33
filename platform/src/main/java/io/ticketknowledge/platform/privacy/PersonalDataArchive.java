package io.ticketknowledge.platform.privacy;

import io.ticketknowledge.platform.audit.AuditRecord;
import io.ticketknowledge.platform.audit.AuditRecordView;
import io.ticketknowledge.platform.json.Jsons;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP a module streams when an admin exports what it holds about a person (decision 0026): JSON
 * files (each an array of objects), the person's files under {@code attachments/}, and last {@code
 * manifest.json} listing every entry with its item count or size and its SHA-256. Entries are
 * written as they are read: nothing is held in memory but the manifest.
 */
public final class PersonalDataArchive implements AutoCloseable {

  public static final String FORMAT = "tk-personal-data";
  public static final int FORMAT_VERSION = 1;

  /** Writes the items of one JSON file into an open array; returns how many it wrote. */
  @FunctionalInterface
  public interface Items {
    int write(JsonGenerator array) throws Exception;
  }

  private record Entry(String path, String kind, long count, String sha256) {}

  private final ZipOutputStream zip;
  private final String module;
  private final SubjectId subject;
  private final List<Entry> entries = new ArrayList<>();

  public PersonalDataArchive(OutputStream out, String module, SubjectId subject) {
    this.zip = new ZipOutputStream(out);
    this.module = module;
    this.subject = subject;
  }

  /** A JSON file: an array whose items {@code items} writes. */
  public void json(String path, Items items) throws IOException {
    MessageDigest digest = sha256();
    zip.putNextEntry(new ZipEntry(path));
    JsonGenerator generator =
        Jsons.generator(new DigestOutputStream(new KeepOpen(zip), digest)).writeStartArray();
    int count;
    try {
      count = items.write(generator);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    generator.writeEnd().close();
    zip.closeEntry();
    entries.add(new Entry(path, "json", count, HexFormat.of().formatHex(digest.digest())));
  }

  /**
   * The audit records about the person ({@code audit.json}): those they caused and those about them
   * as an object, oldest first. Records hold ids, actions and outcomes, never content.
   */
  public void audit(List<AuditRecord> records) throws IOException {
    json(
        "audit.json",
        array -> {
          for (AuditRecord record : records) {
            AuditRecordView view = AuditRecordView.of(record);
            array
                .writeStartObject()
                .write("seq", view.seq())
                .write("at", view.at().toString())
                .write("subject", view.subject());
            writeNullable(array, "clientAddress", view.clientAddress());
            writeNullable(array, "userAgent", view.userAgent());
            array.write("action", view.action());
            writeNullable(array, "objectType", view.objectType());
            writeNullable(array, "objectId", view.objectId());
            array.write("outcome", view.outcome());
            writeNullable(array, "detail", view.detail());
            array.write("hash", view.hash()).writeEnd();
          }
          return records.size();
        });
  }

  /** Writes {@code name: value}, or {@code name: null}. */
  public static void writeNullable(JsonGenerator object, String name, String value) {
    if (value == null) {
      object.writeNull(name);
    } else {
      object.write(name, value);
    }
  }

  /** A file's bytes, copied from {@code content} (which the caller closes). */
  public void file(String path, InputStream content) throws IOException {
    MessageDigest digest = sha256();
    zip.putNextEntry(new ZipEntry(path));
    long size = content.transferTo(new DigestOutputStream(new KeepOpen(zip), digest));
    zip.closeEntry();
    entries.add(new Entry(path, "file", size, HexFormat.of().formatHex(digest.digest())));
  }

  /** Writes the manifest and finishes the ZIP (the underlying stream stays open). */
  @Override
  public void close() throws IOException {
    zip.putNextEntry(new ZipEntry("manifest.json"));
    JsonGenerator manifest =
        Jsons.generator(new KeepOpen(zip))
            .writeStartObject()
            .write("format", FORMAT)
            .write("formatVersion", FORMAT_VERSION)
            .write("module", module)
            .write("subject", subject.value())
            .write("pseudonym", subject.pseudonym().stored())
            .write("exportedAt", Instant.now().toString())
            .writeStartArray("files");
    for (Entry entry : entries) {
      manifest
          .writeStartObject()
          .write("path", entry.path())
          .write("kind", entry.kind())
          .write(entry.kind().equals("json") ? "items" : "bytes", entry.count())
          .write("sha256", entry.sha256())
          .writeEnd();
    }
    manifest.writeEnd().writeEnd().close();
    zip.closeEntry();
    zip.finish();
  }

  /** A name safe inside the archive: no directories, no control characters, not empty. */
  public static String safeFileName(String name) {
    String cleaned =
        name == null
            ? ""
            : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "_").strip();
    return cleaned.isEmpty() ? "file" : cleaned;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Lets a JSON generator close what it writes to without closing the ZIP entry under it. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
