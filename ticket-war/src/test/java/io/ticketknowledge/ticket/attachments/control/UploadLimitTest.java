package io.ticketknowledge.ticket.attachments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class UploadLimitTest {

  @Test
  void theLimitItselfPasses() throws IOException {
    assertEquals(
        100, new UploadLimit(new ByteArrayInputStream(new byte[100]), 100).readAllBytes().length);
  }

  @Test
  void oneByteMoreIsA413() {
    UploadLimit limit = new UploadLimit(new ByteArrayInputStream(new byte[101]), 100);
    ApiException e = assertThrows(ApiException.class, limit::readAllBytes);
    assertEquals(ProblemKind.BODY_TOO_LARGE, e.kind());
  }
}
