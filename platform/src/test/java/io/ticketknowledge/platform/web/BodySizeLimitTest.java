package io.ticketknowledge.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
