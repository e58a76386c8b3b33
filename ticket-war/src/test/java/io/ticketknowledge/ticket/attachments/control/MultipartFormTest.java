package io.ticketknowledge.ticket.attachments.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

  private static final String BOUNDARY = "----tk7MA4YWxkTrZu0gW";

  static byte[] body(String name, String fileHeader, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("preamble\r\n--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(
        ("Content-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + BOUNDARY + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(
        ("Content-Disposition: form-data; name=\""
                + name
                + "\""
                + fileHeader
                + "\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Hands out the body a few bytes at a time, as a network does. */
  static InputStream trickle(byte[] bytes, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Test
  void readsTheFilePartWhateverTheChunkingAndContent() throws IOException {
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);
    // content that almost looks like a delimiter must pass through
    byte[] trap = ("\r\n--" + BOUNDARY.substring(0, 10)).getBytes(StandardCharsets.UTF_8);
    System.arraycopy(trap, 0, content, 1000, trap.length);
    System.arraycopy(trap, 0, content, content.length - trap.length, trap.length);
    for (int chunk : new int[] {1, 7, 100, 70_000}) {
      byte[] body = body("file", "; filename=\"印表機.png\"", chunk == 1 ? new byte[2000] : content);
      MultipartForm form = new MultipartForm(trickle(body, chunk), BOUNDARY);
      MultipartForm.Part note = form.next().orElseThrow();
      assertEquals("note", note.name());
      assertEquals(Optional.empty(), note.fileName());
      MultipartForm.Part file = form.next().orElseThrow();
      assertEquals("file", file.name());
      assertEquals(Optional.of("印表機.png"), file.fileName());
      assertArrayEquals(chunk == 1 ? new byte[2000] : content, file.content().readAllBytes());
      assertEquals(Optional.empty(), form.next());
    }
  }

  @Test
  void anEmptyFileIsAFile() throws IOException {
    MultipartForm form =
        new MultipartForm(new ByteArrayInputStream(body("file", "", new byte[0])), BOUNDARY);
    form.next();
    assertEquals(0, form.next().orElseThrow().content().readAllBytes().length);
  }

  @Test
  void filenameStarWinsOverFilename() throws IOException {
    byte[] body =
        body(
            "file",
            "; filename=\"x.png\"; filename*=UTF-8''%E7%B6%B2%E8%B7%AF.png",
            new byte[] {1, 2});
    MultipartForm form = new MultipartForm(new ByteArrayInputStream(body), BOUNDARY);
    form.next();
    assertEquals(Optional.of("網路.png"), form.next().orElseThrow().fileName());
  }

  @Test
  void aBodyCutOffInsideAPartIsRefused() throws IOException {
    byte[] whole = body("file", "", new byte[5000]);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
    MultipartForm form = new MultipartForm(new ByteArrayInputStream(cut), BOUNDARY);
    form.next();
    InputStream file = form.next().orElseThrow().content();
    ApiException e = assertThrows(ApiException.class, file::readAllBytes);
    assertEquals(ProblemKind.BAD_REQUEST, e.kind());
  }

  @Test
  void partsWithoutDispositionAreRefused() {
    String body = "--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + BOUNDARY + "--";
    MultipartForm form =
        new MultipartForm(
            new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY);
    assertThrows(ApiException.class, form::next);
  }

  @Test
  void theBoundaryComesFromTheContentType() {
    assertEquals("abc", MultipartForm.boundaryOf("multipart/form-data; boundary=abc"));
    assertEquals("a b", MultipartForm.boundaryOf("multipart/form-data; boundary=\"a b\""));
    ApiException notMultipart =
        assertThrows(ApiException.class, () -> MultipartForm.boundaryOf("image/png"));
    assertEquals(ProblemKind.UNSUPPORTED_MEDIA_TYPE, notMultipart.kind());
    ApiException noBoundary =
        assertThrows(ApiException.class, () -> MultipartForm.boundaryOf("multipart/form-data"));
    assertEquals(ProblemKind.BAD_REQUEST, noBoundary.kind());
  }

  @Test
  void quotedParametersMayHoldSemicolons() {
    assertTrue(
        MultipartForm.parameters("form-data; name=\"file\"; filename=\"a;b.txt\"")
            .get("filename")
            .equals("a;b.txt"));
  }
}
