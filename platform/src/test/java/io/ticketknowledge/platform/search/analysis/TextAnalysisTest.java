package io.ticketknowledge.platform.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.search.Snippet;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

  private final TextAnalysis analysis = new TextAnalysis();

  @Test
  void mixedTextBecomesBigramsFoldedWordsAndStems() {
    assertEquals(
        List.of("印表", "表機", "機無", "無法", "法連", "連線", "vpn", "809", "print", "user"),
        analysis.wordTerms("印表機無法連線 ＶＰＮ ８０９ Printers user's"));
    assertEquals(List.of("印", "表", "機"), analysis.characterTerms("印表機 VPN"));
  }

  @Test
  void agentSuffixOnlyLeavesLongLatinStems() {
    assertEquals(
        List.of("print", "rout", "user", "paper", "other"),
        analysis.wordTerms("printer router user paper other"));
  }

  /** Elasticsearch re-reads the terms with a whitespace tokenizer: every position must be +1. */
  @Test
  void everyWordTokenAdvancesThePositionByOne() throws IOException {
    try (TokenStream stream =
        analysis.words().tokenStream("f", new StringReader("印表機, the user's 印 VPN-809 ＡＢ 機"))) {
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int tokens = 0;
      while (stream.incrementToken()) {
        assertEquals(1, increment.getPositionIncrement());
        tokens++;
      }
      stream.end();
      assertTrue(tokens > 5);
    }
  }

  @Test
  void longTextsAreCutAroundTheDensestMatches() {
    SnippetMaker snippets = new SnippetMaker(analysis, 20);
    String text = "開頭的說明文字很長很長很長很長很長很長。後面提到印表機與印表機驅動程式。結尾";
    Snippet snippet = snippets.snippet(text, snippets.queryTerms("印表機")).orElseThrow();
    assertTrue(snippet.text().startsWith("…"), snippet.text());
    assertEquals(2, snippet.highlights().size(), snippet.marked("[", "]"));
    assertTrue(snippet.marked("[", "]").contains("[印表機]與[印表機]"), snippet.marked("[", "]"));
    assertTrue(snippets.snippet(text, Set.of("nothing")).isEmpty());
  }
}
