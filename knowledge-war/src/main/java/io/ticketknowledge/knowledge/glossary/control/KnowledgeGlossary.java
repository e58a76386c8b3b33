package io.ticketknowledge.knowledge.glossary.control;

import io.ticketknowledge.knowledge.articles.control.ArticleVersions;
import io.ticketknowledge.knowledge.glossary.entity.GlossaryEntry;
import io.ticketknowledge.knowledge.glossary.entity.GlossaryKind;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.search.analysis.Glossary;
import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The search glossary editors and admins keep: sets of synonyms and regional terms that every
 * article search and suggestion expands its query with (query time only: a change needs no
 * reindex). The compiled {@link Glossary} is cached; a change on this server drops the cache at
 * once, other servers reload it within {@code knowledge.glossary.refresh-seconds}.
 */
@ApplicationScoped
@Transactional
public class KnowledgeGlossary {

  private static final TextAnalysis ANALYSIS = new TextAnalysis();

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "knowledge.glossary.refresh-seconds", defaultValue = "10")
  long refreshSeconds;

  Clock clock = Clock.systemUTC();

  private volatile Cached cached;

  private record Cached(Glossary glossary, Instant loadedAt) {}

  public List<GlossaryEntry> all() {
    return em.createQuery("SELECT g FROM GlossaryEntry g ORDER BY g.id", GlossaryEntry.class)
        .getResultList();
  }

  public GlossaryEntry existing(long id) {
    GlossaryEntry entry = em.find(GlossaryEntry.class, id);
    if (entry == null) {
      throw ApiException.notFound("knowledge.glossary.not-found", id);
    }
    return entry;
  }

  public GlossaryEntry add(GlossaryKind kind, List<String> terms, String note, String by) {
    GlossaryEntry entry = new GlossaryEntry(kind, checked(terms), note, by);
    em.persist(entry);
    em.flush();
    cached = null;
    return entry;
  }

  public GlossaryEntry change(
      long id, String ifMatch, GlossaryKind kind, List<String> terms, String note, String by) {
    GlossaryEntry entry = existing(id);
    ArticleVersions.requireMatch(ifMatch, entry.version());
    entry.change(kind, checked(terms), note, by);
    em.flush();
    cached = null;
    return entry;
  }

  public void remove(long id, String ifMatch) {
    GlossaryEntry entry = existing(id);
    ArticleVersions.requireMatch(ifMatch, entry.version());
    em.remove(entry);
    em.flush();
    cached = null;
  }

  /** The glossary queries use now (cached; reloaded after a local change or the refresh time). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Glossary current() {
    Cached now = cached;
    Instant at = clock.instant();
    if (now == null || now.loadedAt().plusSeconds(refreshSeconds).isBefore(at)) {
      now = new Cached(Glossary.of(all().stream().map(GlossaryEntry::terms).toList()), at);
      cached = now;
    }
    return now.glossary();
  }

  /**
   * The terms, stripped; refused (400) when two of them are the same term for search (after width,
   * case, script and stem folding: 印表機 and 印表机 are one term) or a term has no searchable character.
   */
  static List<String> checked(List<String> terms) {
    Map<List<String>, String> seen = new HashMap<>();
    List<String> stripped = terms.stream().map(String::strip).toList();
    for (String term : stripped) {
      List<String> folded = ANALYSIS.foldedPhraseTerms(term);
      if (folded.isEmpty()) {
        throw new ApiException(ProblemKind.VALIDATION, "knowledge.glossary.term-empty", term);
      }
      String earlier = seen.putIfAbsent(folded, term);
      if (earlier != null) {
        throw new ApiException(
            ProblemKind.VALIDATION, "knowledge.glossary.term-twice", earlier, term);
      }
    }
    return stripped;
  }

  /** Seeds an empty glossary with the platform's IT terms; false when it has entries. */
  public boolean seedIfEmpty(String by) {
    Long count =
        em.createQuery("SELECT COUNT(g) FROM GlossaryEntry g", Long.class).getSingleResult();
    if (count > 0) {
      return false;
    }
    for (List<String> set : Glossary.seedSets()) {
      em.persist(new GlossaryEntry(kindOf(set), set, null, by));
    }
    em.flush();
    cached = null;
    return true;
  }

  /** A seed set with both a Taiwan and a mainland Chinese term is regional vocabulary. */
  private static GlossaryKind kindOf(List<String> set) {
    long chinese =
        set.stream().filter(t -> t.codePoints().anyMatch(KnowledgeGlossary::isHan)).count();
    return chinese >= 2 ? GlossaryKind.REGIONAL : GlossaryKind.SYNONYM;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
