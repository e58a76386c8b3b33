package io.ticketknowledge.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetHtmlTest {

  @Test
  void matchesAreMarkedAndEverythingElseEscaped() {
    Snippet snippet =
        new Snippet(
            "<b>印表機</b> & VPN", List.of(new Snippet.Range(3, 6), new Snippet.Range(13, 16)));
    assertEquals("&lt;b&gt;<mark>印表機</mark>&lt;/b&gt; &amp; <mark>VPN</mark>", snippet.html());
  }

  @Test
  void aMatchHoldingMarkupIsEscapedInsideTheMark() {
    Snippet snippet = new Snippet("a <jams> b", List.of(new Snippet.Range(2, 8)));
    assertEquals("a <mark>&lt;jams&gt;</mark> b", snippet.html());
  }

  @Test
  void noHighlightsIsTheEscapedText() {
    assertEquals("&quot;x&#39;", new Snippet("\"x'", List.of()).html());
  }
}
