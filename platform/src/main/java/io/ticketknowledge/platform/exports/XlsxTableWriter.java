package io.ticketknowledge.platform.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An XLSX workbook (SpreadsheetML in an OPC zip) written as the rows come: the sheet's XML is
 * deflated into the zip entry row by row, text cells are inline strings (a shared-string table
 * would have to be held until the end), so memory stays one row plus the deflater's window. The
 * parts that list the sheets ({@code [Content_Types].xml}, the workbook and its relationships) are
 * written last, when the number of sheets is known: a sheet holds at most {@link #MAX_ROWS} rows,
 * more rows continue on a new sheet with the header repeated, so there is no size cap.
 *
 * <p>Text that a spreadsheet would run as a formula keeps its text but gets the quote-prefix style
 * (Excel's own "leading apostrophe", not shown in the cell).
 */
public final class XlsxTableWriter implements TableWriter {

  /** Excel's limit is 1,048,576 rows per sheet, the header included. */
  static final int MAX_ROWS = 1_048_576;

  /** Excel's limit of characters in a cell. */
  static final int MAX_CELL = 32_767;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

  /** Style indexes of {@link #STYLES}: plain, quote-prefixed text, header. */
  private static final int QUOTED = 1;

  private static final int HEADER = 2;

  private static final String STYLES =
      XML
          + "<styleSheet xmlns=\""
          + MAIN
          + "\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
          + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " quotePrefix=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\"/></cellXfs>"
          + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          + "</cellStyles></styleSheet>";

  private final ZipOutputStream zip;
  private final Writer xml;
  private final int maxRows;
  private List<String> header = List.of();
  private int sheets;
  private int rowInSheet;

  public XlsxTableWriter(OutputStream out) {
    this(out, MAX_ROWS);
  }

  /** With a smaller sheet size, so tests can see a second sheet begin. */
  XlsxTableWriter(OutputStream out, int maxRows) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 16 * 1024);
    this.maxRows = maxRows;
  }

  @Override
  public void header(List<String> names) throws IOException {
    header = List.copyOf(names);
    startSheet();
  }

  @Override
  public void row(List<?> cells) throws IOException {
    if (sheets == 0) {
      startSheet();
    } else if (rowInSheet >= maxRows) {
      endSheet();
      startSheet();
    }
    writeRow(cells, false);
  }

  @Override
  public void close() throws IOException {
    if (sheets == 0) {
      startSheet();
    }
    endSheet();
    part("xl/styles.xml", STYLES);
    part("xl/workbook.xml", workbook());
    part("xl/_rels/workbook.xml.rels", workbookRelationships());
    part(
        "_rels/.rels",
        XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + REL
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    part("[Content_Types].xml", contentTypes());
    zip.finish();
    zip.flush();
  }

  private void startSheet() throws IOException {
    sheets++;
    rowInSheet = 0;
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets + ".xml"));
    xml.write(XML);
    xml.write("<worksheet xmlns=\"" + MAIN + "\">");
    if (!header.isEmpty()) {
      xml.write(
          "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
              + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
    }
    xml.write("<sheetData>");
    if (!header.isEmpty()) {
      writeRow(header, true);
    }
  }

  private void endSheet() throws IOException {
    xml.write("</sheetData></worksheet>");
    xml.flush();
    zip.closeEntry();
  }

  private void writeRow(List<?> cells, boolean isHeader) throws IOException {
    rowInSheet++;
    xml.write("<row r=\"");
    xml.write(Integer.toString(rowInSheet));
    xml.write("\">");
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value == null) {
        continue;
      }
      String ref = column(i) + rowInSheet;
      if (value instanceof Number number && isFinite(number)) {
        xml.write("<c r=\"" + ref + "\"><v>");
        xml.write(number instanceof BigDecimal d ? d.toPlainString() : number.toString());
        xml.write("</v></c>");
        continue;
      }
      String text = SpreadsheetText.text(value);
      int style = isHeader ? HEADER : SpreadsheetText.looksLikeFormula(text) ? QUOTED : 0;
      xml.write(
          "<c r=\"" + ref + "\" t=\"inlineStr\"" + (style == 0 ? "" : " s=\"" + style + "\""));
      xml.write("><is><t xml:space=\"preserve\">");
      escape(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
      xml.write("</t></is></c>");
    }
    xml.write("</row>");
  }

  private static boolean isFinite(Number number) {
    return !(number instanceof Double d && !Double.isFinite(d))
        && !(number instanceof Float f && !Float.isFinite(f));
  }

  /** A → 0, Z → 25, AA → 26 … */
  static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  /**
   * XML text; characters XML 1.0 cannot hold (most control characters, lone surrogates) dropped.
   */
  private void escape(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> xml.write("&lt;");
        case '>' -> xml.write("&gt;");
        case '&' -> xml.write("&amp;");
        case '"' -> xml.write("&quot;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            xml.write(c);
            xml.write(text.charAt(++i));
          } else if (allowed(c)) {
            xml.write(c);
          }
        }
      }
    }
  }

  private static boolean allowed(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }

  private void part(String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    xml.write(content);
    xml.flush();
    zip.closeEntry();
  }

  private String workbook() {
    StringBuilder sheetList = new StringBuilder();
    for (int i = 1; i <= sheets; i++) {
      sheetList
          .append("<sheet name=\"Sheet")
          .append(i)
          .append("\" sheetId=\"")
          .append(i)
          .append("\" r:id=\"rId")
          .append(i)
          .append("\"/>");
    }
    return XML
        + "<workbook xmlns=\""
        + MAIN
        + "\" xmlns:r=\""
        + REL
        + "\"><sheets>"
        + sheetList
        + "</sheets></workbook>";
  }

  private String workbookRelationships() {
    StringBuilder rels =
        new StringBuilder(
            XML
                + "<Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= sheets; i++) {
      rels.append("<Relationship Id=\"rId")
          .append(i)
          .append("\" Type=\"")
          .append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
    }
    rels.append("<Relationship Id=\"rId")
        .append(sheets + 1)
        .append("\" Type=\"")
        .append(REL)
        .append("/styles\" Target=\"styles.xml\"/></Relationships>");
    return rels.toString();
  }

  private String contentTypes() {
    StringBuilder types =
        new StringBuilder(
            XML
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= sheets; i++) {
      types
          .append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(".xml\" ContentType=\"application/")
          .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return types.append("</Types>").toString();
  }
}
