package io.ticketknowledge.platform.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The one analysis of both adapters, for mixed zh-TW and English text.
 *
 * <p>Words ({@link #WORDS}, the main field of each text field): full-width forms folded to
 * half-width before tokenizing (ＶＰＮ１２ = VPN12), Unicode word breaking, lower case, Han/kana/ hangul
 * runs as overlapping bigrams (印表機 → 印表 表機, so a phrase of bigrams finds the word), English
 * possessives dropped, Porter stems plus {@link AgentSuffixFilter}. Every token advances the
 * position by one, so the tokens written out with spaces and re-read by a whitespace tokenizer
 * (what Elasticsearch does) keep the positions phrase queries need.
 *
 * <p>Characters ({@link #CHARACTERS}, a second field): the single CJK characters only, so a query
 * whose characters are scattered in a text still finds it, ranked below the exact phrase.
 *
 * <p>Folded ({@link #FOLDED}, a third field for indexes that ask for it): the words chain with
 * Traditional Chinese folded to Simplified ({@link ScriptFoldFilter}, ICU4J) before bigramming, and
 * adjacent Latin terms also joined ({@link LatinJoinFilter}: Wi-Fi = WiFi = wi fi). A query in
 * Simplified Chinese meets Traditional text here, ranked below an exact match in the words field.
 */
public final class TextAnalysis {

  public static final String WORDS = "words";
  public static final String CHARACTERS = "characters";
  public static final String FOLDED = "folded";

  /**
   * Version of the folded chain, part of the fingerprint of indexes that hold folded terms: raise
   * it when the chain changes what it indexes (the index's version must then be raised too).
   */
  public static final int FOLDED_VERSION = 1;

  private static final Set<String> CJK_TYPES =
      Set.of(
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

  private final Analyzer words = new WordsAnalyzer();
  private final Analyzer characters = new CharactersAnalyzer();
  private final Analyzer folded = new FoldedAnalyzer(true);
  private final Analyzer foldedPhrase = new FoldedAnalyzer(false);

  /** One token with its offsets into the original text. */
  public record Token(String term, int start, int end) {}

  public Analyzer words() {
    return words;
  }

  public Analyzer characters() {
    return characters;
  }

  public Analyzer folded() {
    return folded;
  }

  public List<String> foldedTerms(String text) {
    return foldedTokens(text).stream().map(Token::term).toList();
  }

  /** The folded terms without the joined Latin ones: a phrase, or a glossary term's sequence. */
  public List<String> foldedPhraseTerms(String text) {
    return terms(foldedPhrase, text);
  }

  public String foldedTermsLine(String text) {
    return String.join(" ", foldedTerms(text));
  }

  /** The folded tokens without the joined Latin ones. */
  public List<Token> foldedPhraseTokens(String text) {
    return tokens(foldedPhrase, text);
  }

  /** The tokens followed by their joined Latin neighbours ({@link #foldedTokens} of the text). */
  public static List<Token> withJoins(List<Token> foldedPhraseTokens) {
    return LatinJoinFilter.withJoins(foldedPhraseTokens);
  }

  /** The folded tokens with the offsets of their original text (joined ones span both parts). */
  public List<Token> foldedTokens(String text) {
    return LatinJoinFilter.withJoins(tokens(foldedPhrase, text));
  }

  public List<String> wordTerms(String text) {
    return terms(words, text);
  }

  public List<String> characterTerms(String text) {
    return terms(characters, text);
  }

  /** The word tokens separated by single spaces: what the Elasticsearch field indexes. */
  public String wordTermsLine(String text) {
    return String.join(" ", wordTerms(text));
  }

  public String characterTermsLine(String text) {
    return String.join(" ", characterTerms(text));
  }

  public List<Token> wordTokens(String text) {
    return tokens(words, text);
  }

  public List<Token> characterTokens(String text) {
    return tokens(characters, text);
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    return tokens(analyzer, text).stream().map(Token::term).toList();
  }

  private static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    try (TokenStream stream = analyzer.tokenStream("", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static Reader foldWidth(Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  private static final class WordsAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      stream = new CJKBigramFilter(stream);
      stream = new EnglishPossessiveFilter(stream);
      stream = new PorterStemFilter(stream);
      stream = new AgentSuffixFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return foldWidth(reader);
    }
  }

  private static final class FoldedAnalyzer extends Analyzer {
    private final boolean joins;

    FoldedAnalyzer(boolean joins) {
      this.joins = joins;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      stream = new ScriptFoldFilter(stream);
      stream = new CJKBigramFilter(stream);
      stream = new EnglishPossessiveFilter(stream);
      stream = new PorterStemFilter(stream);
      stream = new AgentSuffixFilter(stream);
      if (joins) {
        stream = new LatinJoinFilter(stream);
      }
      return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return foldWidth(reader);
    }
  }

  private static final class CharactersAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new CjkOnlyFilter(tokenizer);
      return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return foldWidth(reader);
    }
  }

  /** Keeps CJK characters only; the words field already covers everything else. */
  private static final class CjkOnlyFilter extends org.apache.lucene.analysis.FilteringTokenFilter {
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    CjkOnlyFilter(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean accept() {
      return CJK_TYPES.contains(type.type());
    }
  }
}
