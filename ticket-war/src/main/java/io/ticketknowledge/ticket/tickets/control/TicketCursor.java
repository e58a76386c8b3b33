package io.ticketknowledge.ticket.tickets.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset pagination cursor: the id of the last ticket on the page, opaque to clients so the
 * encoding can change without breaking them.
 */
public final class TicketCursor {

  private static final String PREFIX = "t1:";

  private TicketCursor() {}

  public static String after(long lastId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
  }

  /** The id to continue below, or {@code Long.MAX_VALUE} for the first page. */
  public static long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return Long.MAX_VALUE;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith(PREFIX)) {
        return Long.parseLong(raw.substring(PREFIX.length()));
      }
    } catch (IllegalArgumentException notOurs) {
      // fall through to the problem below
    }
    throw new ApiException(ProblemKind.BAD_REQUEST, "problem.invalid-cursor.detail");
  }
}
