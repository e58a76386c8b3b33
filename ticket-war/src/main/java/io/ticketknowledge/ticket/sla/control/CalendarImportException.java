package io.ticketknowledge.ticket.sla.control;

/**
 * A calendar file that cannot be read; {@code line} is 1-based (0 when the whole file is wrong).
 */
public class CalendarImportException extends RuntimeException {

  private final int line;

  public CalendarImportException(int line, String reason) {
    super(line > 0 ? "line " + line + ": " + reason : reason);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
