package io.ticketknowledge.platform.search.lucene;

import io.ticketknowledge.platform.search.Cursor;
import io.ticketknowledge.platform.search.DocumentValues;
import io.ticketknowledge.platform.search.EnsuredIndexes;
import io.ticketknowledge.platform.search.FacetCount;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.IndexGenerations;
import io.ticketknowledge.platform.search.IndexStatus;
import io.ticketknowledge.platform.search.QueryCheck;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchHit;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.Snippet;
import io.ticketknowledge.platform.search.TextMatch;
import io.ticketknowledge.platform.search.analysis.SnippetMaker;
import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded adapter: one Lucene index per generation under a local directory; the alias is a
 * small file {@code <prefix><name>.alias} naming the active generation, replaced atomically.
 */
public final class LuceneSearchEngine implements SearchEngine {

  private static final String ALIAS_SUFFIX = ".alias";

  private final Path root;
  private final String prefix;
  private final TextAnalysis analysis = new TextAnalysis();
  private final SnippetMaker snippets;
  private final Analyzer fieldAnalyzer;
  private final Map<String, LuceneGeneration> open = new ConcurrentHashMap<>();
  private final EnsuredIndexes ensured = new EnsuredIndexes();

  /**
   * @param root directory holding the indexes (created if missing)
   * @param prefix put before every index name, so environments and tests sharing a directory do not
   *     collide
   */
  public LuceneSearchEngine(Path root, String prefix, int snippetLength) {
    this.root = root;
    this.prefix = prefix == null ? "" : prefix;
    this.snippets = new SnippetMaker(analysis, snippetLength);
    this.fieldAnalyzer =
        new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
          @Override
          protected Analyzer getWrappedAnalyzer(String fieldName) {
            if (fieldName.endsWith(TextMatch.CHARACTERS_SUFFIX)) {
              return analysis.characters();
            }
            return fieldName.endsWith(TextMatch.FOLDED_SUFFIX)
                ? analysis.folded()
                : analysis.words();
          }
        };
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the search directory " + root, e);
    }
  }

  @Override
  public synchronized IndexStatus ensureIndex(IndexDefinition definition) {
    Optional<String> active = activeGeneration(definition);
    if (active.isEmpty()) {
      activate(definition, createGeneration(definition));
      ensured.ensured(definition);
      return IndexStatus.CREATED;
    }
    Map<String, String> data;
    try {
      data = generation(active.get()).commitData();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    IndexStatus status =
        definition.statusOf(
            data.get(LuceneGeneration.VERSION), data.get(LuceneGeneration.FINGERPRINT));
    ensured.ensured(definition);
    return status;
  }

  @Override
  public boolean index(IndexDefinition definition, SearchDocument document) {
    return bulkInto(definition, active(definition).name, List.of(document)) == 1;
  }

  @Override
  public int bulk(IndexDefinition definition, List<SearchDocument> documents) {
    return bulkInto(definition, active(definition).name, documents);
  }

  @Override
  public boolean delete(IndexDefinition definition, String id) {
    LuceneGeneration generation = active(definition);
    try {
      long before = generation.writer().getDocStats().numDocs;
      generation.writer().deleteDocuments(new Term(TextMatch.ID_FIELD, id));
      generation.commitAndRefresh();
      return generation.writer().getDocStats().numDocs < before;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<SearchDocument> get(IndexDefinition definition, String id) {
    LuceneGeneration generation = active(definition);
    return withSearcher(
        generation,
        searcher -> {
          TopDocs found = searcher.search(new TermQuery(new Term(TextMatch.ID_FIELD, id)), 1);
          if (found.scoreDocs.length == 0) {
            return Optional.empty();
          }
          Document stored = searcher.storedFields().document(found.scoreDocs[0].doc);
          return Optional.of(
              new SearchDocument(
                  id, DocumentValues.fromJson(definition, LuceneDocuments.source(stored))));
        });
  }

  @Override
  public SearchPage search(IndexDefinition definition, SearchQuery query) {
    Cursor cursor = QueryCheck.check(definition, query);
    LuceneGeneration generation = active(definition);
    return withSearcher(generation, searcher -> search(definition, query, cursor, searcher));
  }

  private SearchPage search(
      IndexDefinition definition, SearchQuery query, Cursor cursor, IndexSearcher searcher)
      throws IOException {
    Query scoring = null;
    String excluded = null;
    Set<String> highlightTerms = Set.of();
    switch (query.mode()) {
      case TEXT -> {
        if (!query.text().isEmpty()) {
          scoring =
              LuceneQueries.text(
                  definition, query, TextMatch.of(analysis, query.glossary(), query.text()));
          highlightTerms = snippets.queryTerms(query.text(), query.glossary());
        }
      }
      case LIKE_TEXT ->
          scoring = moreLikeThis(query.openTextFields(definition), searcher, query.text());
      case LIKE_DOCUMENT -> {
        excluded = query.likeId();
        Optional<SearchDocument> like = get(definition, query.likeId());
        if (like.isEmpty()) {
          return SearchPage.empty(query);
        }
        scoring =
            moreLikeThis(
                query.openTextFields(definition),
                searcher,
                DocumentValues.textOf(definition, query.visible(like.get().fields())));
      }
    }
    Query filtered = LuceneQueries.withConditions(scoring, query.allConditions(), excluded);
    TopDocs top =
        searcher.searchAfter(
            cursor == null ? null : LuceneQueries.after(cursor, searcher.getIndexReader().maxDoc()),
            filtered,
            query.pageSize() + 1,
            LuceneQueries.sort(query.sort()),
            true);
    List<SearchHit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = 0; i < Math.min(docs.length, query.pageSize()); i++) {
      Document stored = searcher.storedFields().document(docs[i].doc);
      hits.add(hit(definition, query, stored, docs[i].score, highlightTerms));
    }
    Optional<String> next =
        docs.length > query.pageSize()
            ? Optional.of(
                LuceneQueries.cursorOf((FieldDoc) docs[query.pageSize() - 1]).encode(query.sort()))
            : Optional.empty();
    long total = searcher.count(filtered);
    Map<String, List<FacetCount>> facets =
        query.facets().isEmpty()
            ? Map.of()
            : searcher.search(filtered, new FacetCounter(query.facets(), query.facetSize()));
    return new SearchPage(hits, total, facets, next);
  }

  private SearchHit hit(
      IndexDefinition definition,
      SearchQuery query,
      Document stored,
      float score,
      Set<String> highlightTerms) {
    Map<String, Object> typed =
        query.visible(DocumentValues.fromJson(definition, LuceneDocuments.source(stored)));
    Map<String, Snippet> found = snippets.snippets(definition, typed, highlightTerms);
    return new SearchHit(
        stored.get(TextMatch.ID_FIELD), score, DocumentValues.storedOnly(definition, typed), found);
  }

  private Query moreLikeThis(List<FieldDefinition> textFields, IndexSearcher searcher, String text)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(fieldAnalyzer);
    String[] fields =
        textFields.stream().map(f -> TextMatch.words(f.name())).toArray(String[]::new);
    mlt.setFieldNames(fields);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(25);
    // the like-text is analyzed for every text field (what Elasticsearch's more_like_this does)
    Map<String, java.util.Collection<Object>> likeText = new HashMap<>();
    for (String field : fields) {
      likeText.put(field, List.of(text));
    }
    return mlt.like(likeText);
  }

  // ---- generations ----

  @Override
  public Optional<String> activeGeneration(IndexDefinition definition) {
    Path alias = aliasFile(definition);
    try {
      return Files.exists(alias)
          ? Optional.of(Files.readString(alias, StandardCharsets.UTF_8).strip())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized String createGeneration(IndexDefinition definition) {
    String name = IndexGenerations.next(IndexGenerations.alias(prefix, definition), definition);
    try {
      open.put(
          name,
          LuceneGeneration.create(
              name,
              root.resolve(name),
              fieldAnalyzer,
              Map.of(
                  LuceneGeneration.VERSION,
                  String.valueOf(definition.version()),
                  LuceneGeneration.FINGERPRINT,
                  definition.fingerprint())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return name;
  }

  @Override
  public boolean generationExists(IndexDefinition definition, String generation) {
    return isGenerationOf(definition, generation)
        && (open.containsKey(generation) || Files.isDirectory(root.resolve(generation)));
  }

  /**
   * Versioned definitions: the stored version is read and compared under the generation's lock; a
   * Lucene directory has one writer, so one process holds every write of it and the lock suffices.
   */
  @Override
  public int bulkInto(
      IndexDefinition definition, String generationName, List<SearchDocument> documents) {
    LuceneGeneration generation = generation(generationName);
    synchronized (generation) {
      try {
        Map<String, Long> writtenNow = new HashMap<>();
        int written = 0;
        for (SearchDocument document : documents) {
          Optional<Long> version = definition.versionOf(document);
          if (version.isPresent()) {
            Long held = writtenNow.get(document.id());
            long stored =
                held != null ? held : storedVersion(definition, generation, document.id());
            if (version.get() <= stored) {
              continue;
            }
            writtenNow.put(document.id(), version.get());
          }
          generation
              .writer()
              .updateDocument(
                  new Term(TextMatch.ID_FIELD, document.id()),
                  LuceneDocuments.toLucene(definition, document));
          written++;
        }
        generation.commitAndRefresh();
        return written;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private long storedVersion(IndexDefinition definition, LuceneGeneration generation, String id) {
    return withSearcher(
        generation,
        searcher -> {
          TopDocs found = searcher.search(new TermQuery(new Term(TextMatch.ID_FIELD, id)), 1);
          if (found.scoreDocs.length == 0) {
            return -1L;
          }
          Document stored = searcher.storedFields().document(found.scoreDocs[0].doc);
          Object version =
              DocumentValues.fromJson(definition, LuceneDocuments.source(stored))
                  .get(definition.versionField().orElseThrow());
          return version instanceof Number number ? number.longValue() : -1L;
        });
  }

  @Override
  public synchronized void switchTo(IndexDefinition definition, String generation) {
    if (!generationExists(definition, generation)) {
      throw new IllegalArgumentException("no generation " + generation + " of " + definition);
    }
    Path alias = aliasFile(definition);
    try {
      Path temp = Files.createTempFile(root, alias.getFileName().toString(), ".tmp");
      Files.writeString(temp, generation, StandardCharsets.UTF_8);
      Files.move(temp, alias, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void dropOthers(IndexDefinition definition, String kept) {
    try {
      for (String other : generationsOf(definition)) {
        if (!other.equals(kept)) {
          deleteGeneration(other);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void drop(IndexDefinition definition) {
    try {
      Files.deleteIfExists(aliasFile(definition));
      for (String generation : generationsOf(definition)) {
        deleteGeneration(generation);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ensured.forget(definition);
  }

  @Override
  public synchronized void close() {
    for (LuceneGeneration generation : open.values()) {
      try {
        generation.close();
      } catch (IOException e) {
        // closing the others matters more than this one's failure
      }
    }
    open.clear();
  }

  private LuceneGeneration active(IndexDefinition definition) {
    ensure(definition);
    return generation(
        activeGeneration(definition)
            .orElseThrow(() -> new IllegalStateException(definition + " has no active index")));
  }

  private void ensure(IndexDefinition definition) {
    ensured.ensure(definition, this::ensureIndex);
  }

  private LuceneGeneration generation(String name) {
    LuceneGeneration generation = open.get(name);
    if (generation != null) {
      return generation;
    }
    synchronized (this) {
      return open.computeIfAbsent(
          name,
          n -> {
            Path path = root.resolve(n);
            if (!Files.isDirectory(path)) {
              throw new IllegalStateException("the search index " + path + " is missing");
            }
            try {
              return LuceneGeneration.open(n, path, fieldAnalyzer);
            } catch (LockObtainFailedException e) {
              throw new IllegalStateException(
                  "the search index " + path + " is open in another process or engine", e);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private void deleteGeneration(String name) throws IOException {
    LuceneGeneration generation = open.remove(name);
    if (generation != null) {
      generation.close();
    }
    Path path = root.resolve(name);
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private List<String> generationsOf(IndexDefinition definition) throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> isGenerationOf(definition, n))
          .toList();
    }
  }

  private boolean isGenerationOf(IndexDefinition definition, String generation) {
    return IndexGenerations.belongsTo(IndexGenerations.alias(prefix, definition), generation);
  }

  private Path aliasFile(IndexDefinition definition) {
    return root.resolve(prefix + definition.name() + ALIAS_SUFFIX);
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private static <T> T withSearcher(LuceneGeneration generation, SearcherWork<T> work) {
    try {
      IndexSearcher searcher = generation.acquire();
      try {
        return work.run(searcher);
      } finally {
        generation.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
