package io.ticketknowledge.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRedactorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mail wang.xiaoming@example.com.tw now | mail [email] now",
        "to: A.B+tag@corp-mail.example.org; | to: [email];",
        "call 0912-345-678 please | call [phone] please",
        "call 0912345678 | call [phone]",
        "call 0912 345 678 | call [phone]",
        "手機 +886 912 345 678 | 手機 [phone]",
        "手機+886-912-345-678。 | 手機[phone]。",
        "mobile +886912345678 | mobile [phone]",
        "office 02-2345-6789 ext | office [phone] ext",
        "office (02) 2345-6789 | office [phone]",
        "office (04)2234-5678 | office [phone]",
        "office 037-123456 | office [phone]",
        "office +886-2-2345-6789 | office [phone]",
        "身分證 A123456789 | 身分證 [national-id]",
        "id F131104093, ok | id [national-id], ok",
        "resident A800000014 | resident [national-id]",
      })
  void masksPersonalData(String input, String expected) {
    assertEquals(expected.strip(), PiiRedactor.redact(input.strip()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ticket TK-2026-000123 changed",
        "at 2026-11-30T14:41:38Z took 1234 ms",
        "A123456788 has a wrong check digit",
        "request 550e8400-e29b-41d4-a716-446655440000",
        "seq 123456789012 and version 2.3.4",
        "ABC1234567 is a part number"
      })
  void leavesOtherTextAlone(String text) {
    assertEquals(text, PiiRedactor.redact(text));
  }

  @ParameterizedTest
  @CsvSource({"A,123456789", "F,131104093", "A,800000014"})
  void acceptsValidCheckDigits(char letter, String digits) {
    assertTrue(PiiRedactor.isNationalId(letter, digits));
  }

  @ParameterizedTest
  @CsvSource({"A,123456788", "B,123456789", "F,131104094"})
  void refusesWrongCheckDigits(char letter, String digits) {
    assertFalse(PiiRedactor.isNationalId(letter, digits));
  }

  @org.junit.jupiter.api.Test
  void nullAndEmptyPass() {
    assertEquals(null, PiiRedactor.redact(null));
    assertEquals("", PiiRedactor.redact(""));
  }
}
