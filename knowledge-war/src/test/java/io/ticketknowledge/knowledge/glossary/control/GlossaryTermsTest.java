package io.ticketknowledge.knowledge.glossary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTermsTest {

  @Test
  void termsAreStrippedAndKeptWhenDistinctForSearch() {
    assertEquals(
        List.of("印表機", "打印机", "printer"),
        KnowledgeGlossary.checked(List.of(" 印表機", "打印机 ", "printer")));
  }

  @Test
  void termsThatAreOneForSearchAreRefused() {
    for (List<String> same :
        List.of(
            List.of("印表機", "印表机"),
            List.of("Printer", "printers"),
            List.of("ＶＰＮ", "vpn"),
            List.of("Wi-Fi", "wi fi"))) {
      ApiException e = assertThrows(ApiException.class, () -> KnowledgeGlossary.checked(same));
      assertEquals("knowledge.glossary.term-twice", e.detailKey(), same.toString());
    }
  }

  @Test
  void aTermWithNothingSearchableIsRefused() {
    ApiException e =
        assertThrows(ApiException.class, () -> KnowledgeGlossary.checked(List.of("印表機", "!!!")));
    assertEquals("knowledge.glossary.term-empty", e.detailKey());
  }
}
