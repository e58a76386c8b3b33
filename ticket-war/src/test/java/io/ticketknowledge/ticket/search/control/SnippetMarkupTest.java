package io.ticketknowledge.ticket.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticketknowledge.platform.search.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetMarkupTest {

  @Test
  void matchesAreMarkedAndEverythingElseEscaped() {
    Snippet snippet =
        new Snippet(
            "<b>印表機</b> & VPN", List.of(new Snippet.Range(3, 6), new Snippet.Range(13, 16)));
    assertEquals(
        "&lt;b&gt;<mark>印表機</mark>&lt;/b&gt; &amp; <mark>VPN</mark>", SnippetMarkup.html(snippet));
  }

  @Test
  void aMatchHoldingMarkupIsEscapedInsideTheMark() {
    Snippet snippet = new Snippet("a <jams> b", List.of(new Snippet.Range(2, 8)));
    assertEquals("a <mark>&lt;jams&gt;</mark> b", SnippetMarkup.html(snippet));
  }

  @Test
  void noHighlightsIsTheEscapedText() {
    assertEquals("&quot;x&#39;", SnippetMarkup.html(new Snippet("\"x'", List.of())));
  }
}
