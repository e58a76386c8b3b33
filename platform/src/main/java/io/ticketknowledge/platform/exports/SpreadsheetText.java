package io.ticketknowledge.platform.exports;

/**
 * The formula-injection rule of exports: a text cell starting with {@code = + - @}, a tab or a
 * carriage return would be run as a formula by a spreadsheet (e.g. {@code =HYPERLINK(...)} in a
 * ticket's subject), so it is kept as text — an apostrophe in front in CSV, the quote-prefix style
 * in XLSX. Numbers are written as numbers and never need it.
 */
final class SpreadsheetText {

  private SpreadsheetText() {}

  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  static String text(Object cell) {
    return cell == null ? "" : cell.toString();
  }
}
