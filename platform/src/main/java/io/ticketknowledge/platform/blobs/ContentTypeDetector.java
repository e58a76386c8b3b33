package io.ticketknowledge.platform.blobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Detects the content type of an upload from its first bytes (Tika's magic-number table), never
 * from what the client declared. Rules:
 *
 * <ol>
 *   <li>the bytes decide: PNG, JPEG, GIF, WebP, PDF, ZIP, OOXML, ELF/PE executables, HTML, XML...
 *   <li>bytes without any control character are {@code text/plain} only if they are valid UTF-8;
 *       otherwise {@code application/octet-stream}
 *   <li>the file name may only narrow the detected type to one of its specialisations (an OOXML
 *       package named {@code .docx} becomes the Word type); it never changes the kind, and never
 *       turns text or unknown bytes into anything (text named {@code .html} stays text/plain)
 * </ol>
 *
 * The declared content type is not used at all. Thread-safe; load it once, it parses Tika's table.
 */
public final class ContentTypeDetector {

  private static final MediaType TEXT = MediaType.TEXT_PLAIN;
  private static final MediaType UNKNOWN = MediaType.OCTET_STREAM;

  private final MimeTypes types = MimeTypes.getDefaultMimeTypes(MimeTypes.class.getClassLoader());
  private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

  /** How many leading bytes {@link #detect} needs to see. */
  public int prefixLength() {
    return types.getMinLength();
  }

  /**
   * @param prefix the first {@link #prefixLength()} bytes of the content, or all of it if shorter
   */
  public String detect(byte[] prefix, UploadHints hints) {
    MediaType magic = normalize(byBytes(prefix));
    if (magic.equals(TEXT)) {
      return isUtf8(prefix, prefix.length >= prefixLength()) ? TEXT.toString() : UNKNOWN.toString();
    }
    if (magic.equals(UNKNOWN) || hints.fileName().isEmpty()) {
      return magic.toString();
    }
    MediaType named = normalize(byName(hints.fileName().get()));
    return registry.isSpecializationOf(named, magic) ? named.toString() : magic.toString();
  }

  private MediaType byBytes(byte[] prefix) {
    try {
      return types.detect(new ByteArrayInputStream(prefix), new Metadata());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
  }

  private MediaType byName(String fileName) {
    Metadata metadata = new Metadata();
    // only the last path segment: browsers send bare names, but a client may send a path
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try {
      return types.detect(null, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Canonical name (aliases resolved), without parameters such as charset. */
  private MediaType normalize(MediaType type) {
    return registry.normalize(type).getBaseType();
  }

  /**
   * Whether the bytes decode as UTF-8. When the prefix was cut from longer content, a multi-byte
   * character cut at its end is not an error.
   */
  private static boolean isUtf8(byte[] bytes, boolean truncated) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, !truncated);
    if (result.isError()) {
      return false;
    }
    // left over: an incomplete sequence at the end, fine only if the content goes on (< 4 bytes)
    return !in.hasRemaining() || (truncated && in.remaining() < 4);
  }
}
