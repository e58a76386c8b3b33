package io.ticketknowledge.platform.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the workbook back: every part must be well-formed XML and hold what was written. */
class XlsxTableWriterTest {

  @Test
  void aWorkbookOfWellFormedPartsWithTextNumbersAndEmptyCells() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = new XlsxTableWriter(out)) {
      writer.header(List.of("number", "subject", "count"));
      writer.row(Arrays.asList("TK-2026-000001", "三樓印表機 <無法> & \"列印\"", 42L));
      writer.row(Arrays.asList("TK-2026-000002", null, -3L));
    }
    Map<String, Document> parts = parts(out.toByteArray());
    assertTrue(
        parts
            .keySet()
            .containsAll(
                List.of(
                    "[Content_Types].xml",
                    "_rels/.rels",
                    "xl/workbook.xml",
                    "xl/_rels/workbook.xml.rels",
                    "xl/styles.xml",
                    "xl/worksheets/sheet1.xml")),
        parts.keySet().toString());
    List<List<String>> rows = rows(parts.get("xl/worksheets/sheet1.xml"));
    assertEquals(List.of("number", "subject", "count"), rows.get(0));
    assertEquals(List.of("TK-2026-000001", "三樓印表機 <無法> & \"列印\"", "n:42"), rows.get(1));
    assertEquals(Arrays.asList("TK-2026-000002", "n:-3"), rows.get(2));
    assertEquals(1, parts.get("xl/workbook.xml").getElementsByTagName("sheet").getLength());
  }

  @Test
  void formulaLikeTextIsQuotePrefixedNotAFormula() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = new XlsxTableWriter(out)) {
      writer.header(List.of("subject"));
      for (String text : List.of("=HYPERLINK(\"http://evil\")", "+1", "-1", "@A1", "\tx", "ok")) {
        writer.row(List.of(text));
      }
    }
    Document sheet = parts(out.toByteArray()).get("xl/worksheets/sheet1.xml");
    NodeList cells = sheet.getElementsByTagName("c");
    assertEquals(0, sheet.getElementsByTagName("f").getLength(), "no formula element");
    for (int i = 1; i < cells.getLength(); i++) {
      Element cell = (Element) cells.item(i);
      assertEquals("inlineStr", cell.getAttribute("t"));
      String text = cell.getTextContent();
      assertEquals(text.equals("ok") ? "" : "1", cell.getAttribute("s"), text);
    }
    String styles = serialized(parts(out.toByteArray()).get("xl/styles.xml"));
    assertTrue(styles.contains("quotePrefix=\"1\""), styles);
  }

  @Test
  void rowsBeyondASheetContinueOnTheNextWithTheHeaderAgain() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = new XlsxTableWriter(out, 3)) {
      writer.header(List.of("n"));
      for (long i = 1; i <= 5; i++) {
        writer.row(List.of(i));
      }
    }
    Map<String, Document> parts = parts(out.toByteArray());
    assertEquals(
        List.of(List.of("n"), List.of("n:1"), List.of("n:2")),
        rows(parts.get("xl/worksheets/sheet1.xml")));
    assertEquals(
        List.of(List.of("n"), List.of("n:3"), List.of("n:4")),
        rows(parts.get("xl/worksheets/sheet2.xml")));
    assertEquals(
        List.of(List.of("n"), List.of("n:5")), rows(parts.get("xl/worksheets/sheet3.xml")));
    assertEquals(3, parts.get("xl/workbook.xml").getElementsByTagName("sheet").getLength());
    assertTrue(serialized(parts.get("[Content_Types].xml")).contains("sheet3.xml"));
  }

  @Test
  void charactersXmlCannotHoldAreDroppedAndLongTextIsCut() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = new XlsxTableWriter(out)) {
      writer.header(List.of("a"));
      writer.row(List.of("bell\u0007 nul\u0000 lone\uD800 pair\uD83D\uDE00"));
      writer.row(List.of("x".repeat(40_000)));
    }
    List<List<String>> rows = rows(parts(out.toByteArray()).get("xl/worksheets/sheet1.xml"));
    assertEquals("bell nul lone pair\uD83D\uDE00", rows.get(1).get(0));
    assertEquals(XlsxTableWriter.MAX_CELL, rows.get(2).get(0).length());
  }

  @Test
  void columnNames() {
    assertEquals("A", XlsxTableWriter.column(0));
    assertEquals("Z", XlsxTableWriter.column(25));
    assertEquals("AA", XlsxTableWriter.column(26));
    assertEquals("AZ", XlsxTableWriter.column(51));
    assertEquals("BA", XlsxTableWriter.column(52));
  }

  @Test
  void anEmptyExportIsStillAWorkbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxTableWriter(out).close();
    Map<String, Document> parts = parts(out.toByteArray());
    assertNull(parts.get("xl/worksheets/sheet1.xml").getElementsByTagName("row").item(0));
  }

  /** Every zip entry parsed as XML (throws on anything not well-formed). */
  static Map<String, Document> parts(byte[] xlsx) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Map<String, Document> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        byte[] content = zip.readAllBytes();
        parts.put(
            entry.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)));
      }
    }
    return parts;
  }

  /** Cells as text; numbers as n:value. */
  static List<List<String>> rows(Document sheet) {
    List<List<String>> rows = new ArrayList<>();
    NodeList rowNodes = sheet.getElementsByTagName("row");
    for (int r = 0; r < rowNodes.getLength(); r++) {
      Element row = (Element) rowNodes.item(r);
      assertEquals(String.valueOf(r + 1), row.getAttribute("r"));
      List<String> cells = new ArrayList<>();
      NodeList cellNodes = row.getElementsByTagName("c");
      for (int c = 0; c < cellNodes.getLength(); c++) {
        Element cell = (Element) cellNodes.item(c);
        cells.add(
            cell.getAttribute("t").equals("inlineStr")
                ? cell.getTextContent()
                : "n:" + cell.getTextContent());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String serialized(Document document) throws Exception {
    var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
    var writer = new java.io.StringWriter();
    transformer.transform(
        new javax.xml.transform.dom.DOMSource(document),
        new javax.xml.transform.stream.StreamResult(writer));
    return writer.toString();
  }
}
