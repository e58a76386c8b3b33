package io.ticketknowledge.platform.audit;

/**
 * One CSV cell (RFC 4180, always quoted) that a spreadsheet opens as text: a value starting with
 * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, so {@code
 * =HYPERLINK(...)} in a user agent or a field value is never run as a formula.
 */
public final class CsvCells {

  private CsvCells() {}

  public static String cell(String value) {
    if (value == null) {
      return "\"\"";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
