package io.ticketknowledge.platform.exports;

import io.ticketknowledge.platform.audit.CsvCells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Excel opens it without an import dialog: UTF-8 with a byte order mark (without it Excel
 * reads the Chinese as the ANSI code page), RFC 4180 (CRLF, text cells quoted, quotes doubled),
 * text cells through {@link CsvCells} (formula injection neutralised with an apostrophe), numbers
 * bare so they stay numbers.
 */
public final class CsvTableWriter implements TableWriter {

  static final String BOM = "\uFEFF";

  private final Writer out;

  public CsvTableWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
  }

  @Override
  public void header(List<String> names) throws IOException {
    out.write(BOM);
    row(names);
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** One cell as it appears in the file. */
  static String cell(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    return CsvCells.cell(value == null ? null : value.toString());
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
