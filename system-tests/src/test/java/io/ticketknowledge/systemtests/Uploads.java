package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

/** Files sent as browsers send them: multipart/form-data, the file in the part named file. */
final class Uploads {

  /** The first bytes of a PNG file (signature and IHDR chunk of a 1×1 image). */
  static final byte[] PNG =
      HexFormat.of()
          .parseHex(
              "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                  + "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

  /** The start of a Windows executable (MZ header, PE offset). */
  static final byte[] EXE = exe();

  private Uploads() {}

  private static byte[] exe() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  /** A multipart body with a text field first, then the file; the boundary is in the type. */
  record Body(String contentType, byte[] bytes) {}

  static Body multipart(String fileName, byte[] content) {
    String boundary = "----tk" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "--" + boundary + "\r\n");
    write(out, "Content-Disposition: form-data; name=\"comment\"\r\n\r\n附件\r\n");
    write(out, "--" + boundary + "\r\n");
    // browsers send the name as UTF-8 in quotes, with " escaped as %22
    write(
        out,
        "Content-Disposition: form-data; name=\"file\"; filename=\""
            + fileName.replace("\"", "%22")
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    out.writeBytes(content);
    write(out, "\r\n--" + boundary + "--\r\n");
    return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Uploads to {@code path} (…/attachments) as {@code user}: the response, whatever it is. */
  static HttpResponse<String> upload(String path, String user, String fileName, byte[] content) {
    Body body = multipart(fileName, content);
    return Api.send(
        Api.request(path, Tokens.of(user))
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
  }

  /** Like {@link #upload} but asserts 201 and returns the attachment. */
  static JsonNode uploaded(String path, String user, String fileName, byte[] content) {
    HttpResponse<String> response = upload(path, user, fileName, content);
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
