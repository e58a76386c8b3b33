package io.ticketknowledge.platform.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableWriterTest {

  /** The injection table: what a cell starting with each character becomes. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
        "+1+1|\"'+1+1\"",
        "-2+3|\"'-2+3\"",
        "@SUM(A1)|\"'@SUM(A1)\"",
        "plain|\"plain\"",
        "a=b|\"a=b\"",
        "印表機 -1|\"印表機 -1\"",
        "`'quoted`|\"'quoted\"",
      })
  void neutralisesFormulas(String value, String expected) {
    assertEquals(expected, CsvTableWriter.cell(value));
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreFormulasToo() {
    assertEquals("\"'\tx\"", CsvTableWriter.cell("\tx"));
    assertEquals("\"'\rx\"", CsvTableWriter.cell("\rx"));
  }

  @Test
  void quotesCommasAndLineBreaksPerRfc4180() {
    assertEquals(
        "\"say \"\"hi\"\", then\r\nleave\"", CsvTableWriter.cell("say \"hi\", then\r\nleave"));
  }

  @Test
  void numbersStayNumbersEvenNegative() {
    assertEquals("-5", CsvTableWriter.cell(-5L));
    assertEquals("12.50", CsvTableWriter.cell(new BigDecimal("12.50")));
    assertEquals("3.5", CsvTableWriter.cell(3.5));
    assertEquals("\"\"", CsvTableWriter.cell(null));
  }

  @Test
  void startsWithTheByteOrderMarkAndEndsRowsWithCrLf() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = new CsvTableWriter(out)) {
      writer.header(List.of("number", "subject"));
      writer.row(Arrays.asList("TK-2026-000001", "三樓印表機無法列印"));
      writer.row(Arrays.asList(null, 7));
    }
    byte[] bytes = out.toByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    assertEquals(
        "\"number\",\"subject\"\r\n\"TK-2026-000001\",\"三樓印表機無法列印\"\r\n\"\",7\r\n",
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
  }
}
