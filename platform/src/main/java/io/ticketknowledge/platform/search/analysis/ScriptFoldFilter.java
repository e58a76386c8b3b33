package io.ticketknowledge.platform.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds Traditional Chinese characters to Simplified (ICU4J's {@code Traditional-Simplified}
 * transliterator, the CLDR/Unihan data ICU ships), so 網路 and 网路 give the same terms. Folding goes
 * one way on both sides (documents and queries): Traditional → Simplified is nearly many-to-one
 * (發/髮 → 发), the reverse is ambiguous (发 → 發 or 髮?). Runs on the tokenizer's single-character CJK
 * tokens; results are cached per token (the Han repertoire of help-desk text is a few thousand
 * characters). Offsets are untouched, so snippets still mark the original text.
 */
final class ScriptFoldFilter extends TokenFilter {

  private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
  private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 50_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ScriptFoldFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() > 0 && isHan(term.charAt(0))) {
      String folded = fold(term.toString());
      if (!folded.contentEquals(term)) {
        term.setEmpty().append(folded);
      }
    }
    return true;
  }

  /** The Simplified form of a text (Latin and other scripts unchanged). */
  static String fold(String text) {
    String cached = FOLDED.get(text);
    if (cached != null) {
      return cached;
    }
    String folded;
    synchronized (T2S) {
      folded = T2S.transliterate(text);
    }
    if (FOLDED.size() < CACHE_LIMIT) {
      FOLDED.put(text, folded);
    }
    return folded;
  }

  private static final Transliterator S2T = Transliterator.getInstance("Simplified-Traditional");

  /** Whether the text has characters only Simplified Chinese writes (无, 网, 软). */
  static boolean hasSimplifiedForms(String text) {
    if (text.chars().noneMatch(c -> isHan((char) c))) {
      return false;
    }
    String traditional;
    synchronized (S2T) {
      traditional = S2T.transliterate(text);
    }
    return !traditional.equals(text);
  }

  private static boolean isHan(char c) {
    return Character.isSurrogate(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
