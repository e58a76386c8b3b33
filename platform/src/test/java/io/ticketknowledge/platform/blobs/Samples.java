package io.ticketknowledge.platform.blobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of known types, built from their format's first bytes. */
final class Samples {

  private Samples() {}

  static byte[] png() {
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
        ascii("IHDR"),
        new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0},
        filler(2000));
  }

  static byte[] jpeg() {
    return concat(
        new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16},
        ascii("JFIF\0"),
        filler(500));
  }

  static byte[] gif() {
    return concat(ascii("GIF89a"), new byte[] {1, 0, 1, 0, 0, 0, 0}, filler(100));
  }

  static byte[] webp() {
    return concat(ascii("RIFF"), new byte[] {36, 0, 0, 0}, ascii("WEBPVP8 "), filler(100));
  }

  static byte[] pdf() {
    return concat(ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A minimal 64-bit ELF executable header. */
  static byte[] elf() {
    byte[] header = new byte[64];
    header[0] = 0x7f;
    header[1] = 'E';
    header[2] = 'L';
    header[3] = 'F';
    header[4] = 2; // 64-bit
    header[5] = 1; // little endian
    header[6] = 1; // version
    header[16] = 2; // ET_EXEC
    header[18] = 0x3e; // x86-64
    header[20] = 1;
    return concat(header, filler(200));
  }

  /** A DOS/PE executable's MZ header pointing at a PE signature. */
  static byte[] windowsExecutable() {
    byte[] header = new byte[256];
    header[0] = 'M';
    header[1] = 'Z';
    header[0x3c] = (byte) 0x80;
    header[0x80] = 'P';
    header[0x81] = 'E';
    return header;
  }

  static byte[] html() {
    return text(
        "<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n");
  }

  static byte[] svg() {
    return text(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n");
  }

  static byte[] zip(String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(ascii("<x/>"));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] docx() {
    return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Deterministic bytes of every value, so no accidental text. */
  static byte[] filler(int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    return bytes;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
