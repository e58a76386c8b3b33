package io.ticketknowledge.platform.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

  /** Known XSS vectors, raw and hidden in Markdown constructs; none may survive. */
  static Stream<String> payloads() {
    return Stream.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" ONERROR=\"alert(1)\">",
        "<body onload=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<input autofocus onfocus=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](  javascript:alert(1)  )",
        "[click](javascript&colon;alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](data:text/html,<script>alert(1)</script>)",
        "![img](javascript:alert(1))",
        "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x\" onerror=\"alert(1)](https://example.com/a.png)",
        "[x](https://example.com/\" onmouseover=\"alert(1))",
        "[x](https://example.com \"title\\\" onmouseover=alert(1) x=\\\"\")",
        "[a](<javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "[[inner](javascript:alert(1))](https://example.com)",
        "[outer [inner](https://ok.example)](javascript:alert(1))",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "[ref]\n\n[ref]: data:text/html,<script>alert(1)</script>",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
        "~~<script>alert(1)</script>~~",
        "www.example.com/<script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<<script>script>alert(1)<</script>/script>",
        "<a href=\"//evil.example\">x</a>",
        "[x](//evil.example/path)",
        "[x](\\\\evil.example)",
        "<!--<img src=x onerror=alert(1)>-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "印表機 <img src=x onerror=alert('印表機')> 無法列印");
  }

  private static final Set<String> ALLOWED_TAGS =
      Set.of(
          "p",
          "br",
          "hr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "strong",
          "em",
          "del",
          "s",
          "code",
          "pre",
          "blockquote",
          "ul",
          "ol",
          "li",
          "a",
          "img",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td");
  private static final Set<String> ALLOWED_ATTRIBUTES =
      Set.of("href", "src", "alt", "title", "rel", "class", "align", "start");
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z0-9!?\\[-]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)\\s*(?:=\\s*\"([^\"]*)\")?");

  @ParameterizedTest
  @MethodSource("payloads")
  void noPayloadSurvives(String payload) {
    String html = MarkdownRenderer.toSafeHtml(payload);
    assertSafe(payload, html);
    assertSafe(payload, HtmlSanitizer.sanitize(payload));
  }

  /**
   * Every real tag in the output (text '<' is always escaped) is allow-listed, carries only
   * allow-listed attributes, and no URL in it has a scheme other than http(s)/mailto once entities
   * are decoded.
   */
  static void assertSafe(String payload, String html) {
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      assertTrue(
          ALLOWED_TAGS.contains(name), () -> "tag " + name + " in " + html + " from " + payload);
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        String attr = attribute.group(1).toLowerCase(Locale.ROOT);
        assertTrue(
            ALLOWED_ATTRIBUTES.contains(attr),
            () -> "attribute " + attr + " in " + html + " from " + payload);
        if (attr.equals("href") || attr.equals("src")) {
          String url = decode(attribute.group(2)).strip().toLowerCase(Locale.ROOT);
          boolean safe =
              url.startsWith("http://")
                  || url.startsWith("https://")
                  || url.startsWith("mailto:")
                  || (url.startsWith("/") && !url.startsWith("//"))
                  || url.startsWith("#");
          assertTrue(safe, () -> "url " + url + " in " + html + " from " + payload);
        }
      }
    }
    String lower = html.toLowerCase(Locale.ROOT);
    for (String forbidden : List.of("<script", "<svg", "<iframe", "<style", "<object", "<math")) {
      assertFalse(lower.contains(forbidden), () -> forbidden + " in " + html);
    }
  }

  private static String decode(String value) {
    StringBuilder out = new StringBuilder();
    Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);|&([a-z]+);").matcher(value);
    int last = 0;
    List<String> named = new ArrayList<>();
    while (entity.find()) {
      out.append(value, last, entity.start());
      if (entity.group(2) != null) {
        int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
        out.appendCodePoint(code);
      } else {
        named.add(entity.group(3));
        out.append(
            switch (entity.group(3)) {
              case "amp" -> "&";
              case "colon" -> ":";
              case "quot" -> "\"";
              case "lt" -> "<";
              case "gt" -> ">";
              default -> "&" + entity.group(3) + ";";
            });
      }
      last = entity.end();
    }
    out.append(value.substring(last));
    return out.toString();
  }

  @Test
  void rendersTheMarkdownArticlesUse() {
    String html =
        MarkdownRenderer.toSafeHtml(
            """
            # 印表機無法列印

            先確認 **電源** 與 *網路*，再看 ~~舊步驟~~。

            | 步驟 | 說明 |
            | :--- | ---: |
            | 1 | 重新開機 |

            ```bash
            lpstat -p
            ```

            - 參考 https://support.example.com/printers
            - [內部說明](/api/knowledge/articles/42)
            - 寄信給 <mailto:helpdesk@example.com>
            """);
    assertTrue(html.contains("<h1>印表機無法列印</h1>"), html);
    assertTrue(html.contains("<strong>電源</strong>"), html);
    assertTrue(html.contains("<del>舊步驟</del>"), html);
    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("<th align=\"left\">步驟</th>"), html);
    assertTrue(html.contains("<code class=\"language-bash\">lpstat -p"), html);
    // the sanitizer writes the rel values in no fixed order
    Matcher link =
        Pattern.compile("<a href=\"https://support.example.com/printers\" rel=\"([a-z ]+)\">")
            .matcher(html);
    assertTrue(link.find(), html);
    assertEquals(
        Set.of("nofollow", "noopener", "noreferrer"), Set.of(link.group(1).split(" ")), html);
    assertTrue(html.contains("href=\"/api/knowledge/articles/42\""), html);
    assertTrue(html.contains("href=\"mailto:helpdesk&#64;example.com\""), html);
  }

  @Test
  void rawHtmlIsShownAsTextNotDropped() {
    assertEquals(
        "<p>&lt;b&gt;粗體&lt;/b&gt;</p>\n".strip(), MarkdownRenderer.toSafeHtml("<b>粗體</b>").strip());
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertEquals("", MarkdownRenderer.toSafeHtml(null));
    assertEquals("", MarkdownRenderer.toSafeHtml("  \n"));
    assertEquals("", HtmlSanitizer.sanitize(null));
  }

  @Test
  void relativeUrlsOnlyBelowThisSite() {
    assertTrue(HtmlSanitizer.isAllowedUrl("/api/knowledge/articles/1", true));
    assertTrue(HtmlSanitizer.isAllowedUrl("#step-2", true));
    assertFalse(HtmlSanitizer.isAllowedUrl("//evil.example", true));
    assertFalse(HtmlSanitizer.isAllowedUrl("/\\evil.example", true));
    assertFalse(HtmlSanitizer.isAllowedUrl("mailto:x@example.com", false));
    assertFalse(HtmlSanitizer.isAllowedUrl("java\tscript:alert(1)", true));
    assertFalse(HtmlSanitizer.isAllowedUrl("relative/path", true));
  }
}
