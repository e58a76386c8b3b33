package io.ticketknowledge.platform.exports;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.io.OutputStream;
import java.util.Locale;

/** The file formats exports are offered in, by their name in {@code format=}. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** {@code Content-Disposition} for a download named {@code base} plus this format's extension. */
  public String attachment(String base) {
    return "attachment; filename=\"" + base + "." + extension + "\"";
  }

  public TableWriter open(OutputStream out) {
    return this == CSV ? new CsvTableWriter(out) : new XlsxTableWriter(out);
  }

  /** {@code csv} (also when absent) or {@code xlsx}; anything else is a 400. */
  public static ExportFormat parse(String name) {
    if (name == null || name.isBlank()) {
      return CSV;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new ApiException(
          ProblemKind.BAD_REQUEST, "export.unknown-format", name.length() > 20 ? "…" : name);
    }
  }
}
