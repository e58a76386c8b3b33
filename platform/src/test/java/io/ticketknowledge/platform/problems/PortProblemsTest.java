package io.ticketknowledge.platform.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.platform.blobs.BlobRefusedException;
import io.ticketknowledge.platform.blobs.BlobRefusedException.Reason;
import io.ticketknowledge.platform.search.InvalidQueryException;
import io.ticketknowledge.platform.search.SearchUnavailableException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PortProblemsTest {

  @Test
  void eachPortFailureBecomesItsProblem() {
    assertEquals(400, status(new InvalidQueryException("search.page-size", 100)));
    assertEquals(503, status(new SearchUnavailableException("down", new IOException("refused"))));
    assertEquals(
        415,
        status(new BlobRefusedException(Reason.TYPE_NOT_ACCEPTED, "blob.type-refused", "x", "y")));
    assertEquals(413, status(new BlobRefusedException(Reason.TOO_LARGE, "blob.too-large", 5L)));
    assertEquals(404, status(new BlobRefusedException(Reason.NOT_FOUND, "blob.not-found")));
    assertEquals(400, status(new BlobRefusedException(Reason.INVALID_KEY, "blob.invalid-key")));
  }

  @Test
  void aRefusedRangeSaysHowLargeTheContentIs() {
    Response response =
        PortProblems.response(BlobRefusedException.rangeNotSatisfiable(1000), null, null);
    assertEquals(416, response.getStatus());
    assertEquals("bytes */1000", response.getHeaderString("Content-Range"));
  }

  @Test
  void aPortFailureWrappedInAnotherIsStillFound() {
    Response response =
        ProblemResponses.fromCause(
            new IllegalStateException(new InvalidQueryException("problem.invalid-cursor.detail")),
            null,
            null);
    assertEquals(400, response.getStatus());
  }

  private static int status(RuntimeException e) {
    return PortProblems.response((io.ticketknowledge.platform.ports.PortException) e, null, null)
        .getStatus();
  }
}
