package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Keyset cursor of article lists: the last id of the page, opaque to clients. */
public final class ArticleCursor {

  private static final String PREFIX = "a1:";

  private ArticleCursor() {}

  public static String after(long lastId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
  }

  /** The id to continue below, {@code Long.MAX_VALUE} for the first page; 400 when garbled. */
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
      // the problem below
    }
    throw new ApiException(ProblemKind.BAD_REQUEST, "problem.invalid-cursor.detail");
  }
}
