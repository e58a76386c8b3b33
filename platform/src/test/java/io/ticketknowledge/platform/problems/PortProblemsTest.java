package io.ticketknowledge.platform.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.blobs.BlobRefusedException;
import io.ticketknowledge.platform.blobs.BlobRefusedException.Reason;
import io.ticketknowledge.platform.scan.MalwareFoundException;
import io.ticketknowledge.platform.scan.ScanTooLargeException;
import io.ticketknowledge.platform.scan.ScannerUnavailableException;
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
    assertEquals(422, status(new MalwareFoundException("Eicar-Test-Signature")));
    assertEquals(413, status(ScanTooLargeException.over(10)));
    assertEquals(413, status(ScanTooLargeException.overScannerLimit()));
    assertEquals(503, status(new ScannerUnavailableException("down", new IOException("refused"))));
  }

  @Test
  void anInfectedUploadNamesTheSignatureInBothLanguages() {
    Response en =
        PortProblems.response(new MalwareFoundException("Tk.Test.Eicar.UNOFFICIAL"), null, null);
    Problem problem = (Problem) en.getEntity();
    assertTrue(problem.detail().contains("Tk.Test.Eicar.UNOFFICIAL"), problem.detail());
    assertEquals(
        "檔案遭拒：惡意程式掃描發現 X，檔案未儲存。",
        io.ticketknowledge.platform.i18n.Messages.text(
            io.ticketknowledge.platform.i18n.Messages.ZH_TW, "scan.infected", "X"));
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
