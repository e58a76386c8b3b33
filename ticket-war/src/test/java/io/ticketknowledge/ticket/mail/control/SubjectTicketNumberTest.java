package io.ticketknowledge.ticket.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectTicketNumberTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          [TK-2026-000123] 印表機 | TK-2026-000123
          Re: [TK-2026-000123] 印表機 | TK-2026-000123
          RE: FW: [ tk-2026-000123 ] x | TK-2026-000123
          回覆：［TK-2026-000123］印表機 | TK-2026-000123
          [TK-2026-1234567] long numbers | TK-2026-1234567
          TK-2026-000123 without brackets | -
          [TK-26-000123] short year | -
          [TK-2026-12345] too short | -
          (TK-2026-000123) round | -
          - | -
          """)
  void findsTheBracketedNumber(String subject, String expected) {
    assertEquals(expected, SubjectTicketNumber.in(subject).orElse(null));
  }
}
