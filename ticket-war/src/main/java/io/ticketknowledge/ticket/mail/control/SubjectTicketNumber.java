package io.ticketknowledge.ticket.mail.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket number a subject carries in brackets, as every mail we send writes it: {@code "Re:
 * [TK-2026-000123] 印表機無法列印"}. Only the bracketed form counts (a number quoted in running text is
 * not a thread), case-insensitive, full-width brackets too (Chinese input methods type them).
 */
public final class SubjectTicketNumber {

  private static final Pattern NUMBER =
      Pattern.compile("[\\[［]\\s*(TK-\\d{4}-\\d{6,9})\\s*[\\]］]", Pattern.CASE_INSENSITIVE);

  private SubjectTicketNumber() {}

  public static Optional<String> in(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher matcher = NUMBER.matcher(subject);
    return matcher.find()
        ? Optional.of(matcher.group(1).toUpperCase(java.util.Locale.ROOT))
        : Optional.empty();
  }

  /** The subject of a mail about a ticket: its number in brackets first, so replies keep it. */
  public static String prefixed(String number, String text) {
    return "[" + number + "] " + text;
  }
}
