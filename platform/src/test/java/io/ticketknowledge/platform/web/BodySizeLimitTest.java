package io.ticketknowledge.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

  @Test
  void bodyUpToTheLimitIsReadWhole() throws IOException {
    InputStream in = new BodySizeLimit.LimitedStream(new ByteArrayInputStream(new byte[100]), 100);
    assertEquals(100, in.readAllBytes().length);
  }

  @Test
  void oneByteOverTheLimitIsRefusedWhileReading() {
    InputStream in = new BodySizeLimit.LimitedStream(new ByteArrayInputStream(new byte[101]), 100);
    ApiException refused = assertThrows(ApiException.class, in::readAllBytes);
    assertEquals(ProblemKind.BODY_TOO_LARGE, refused.kind());
  }

  @Test
  void singleByteReadsAreCountedToo() throws IOException {
    InputStream in = new BodySizeLimit.LimitedStream(new ByteArrayInputStream(new byte[3]), 2);
    in.read();
    in.read();
    assertThrows(ApiException.class, in::read);
  }

  @Test
  void filesMayBeAsLargeAsTheBlobPortTakesDocumentsNot() {
    assertTrue(
        BodySizeLimit.isUpload(
            jakarta.ws.rs.core.MediaType.valueOf("multipart/form-data; boundary=x")));
    assertTrue(
        BodySizeLimit.isUpload(jakarta.ws.rs.core.MediaType.valueOf("application/octet-stream")));
    assertTrue(BodySizeLimit.isUpload(jakarta.ws.rs.core.MediaType.valueOf("image/png")));
    assertFalse(BodySizeLimit.isUpload(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE));
    assertFalse(
        BodySizeLimit.isUpload(
            jakarta.ws.rs.core.MediaType.valueOf("application/merge-patch+json")));
    assertFalse(BodySizeLimit.isUpload(jakarta.ws.rs.core.MediaType.valueOf("text/csv")));
    assertFalse(
        BodySizeLimit.isUpload(jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    assertFalse(BodySizeLimit.isUpload(null));
  }
}
