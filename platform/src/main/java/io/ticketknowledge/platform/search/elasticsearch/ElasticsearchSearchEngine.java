package io.ticketknowledge.platform.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.NamedValue;
import io.ticketknowledge.platform.search.Cursor;
import io.ticketknowledge.platform.search.DocumentValues;
import io.ticketknowledge.platform.search.EnsuredIndexes;
import io.ticketknowledge.platform.search.FacetCount;
import io.ticketknowledge.platform.search.FieldDefinition;
import io.ticketknowledge.platform.search.FieldType;
import io.ticketknowledge.platform.search.IndexDefinition;
import io.ticketknowledge.platform.search.IndexGenerations;
import io.ticketknowledge.platform.search.IndexStatus;
import io.ticketknowledge.platform.search.QueryCheck;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.SearchEngine;
import io.ticketknowledge.platform.search.SearchHit;
import io.ticketknowledge.platform.search.SearchPage;
import io.ticketknowledge.platform.search.SearchQuery;
import io.ticketknowledge.platform.search.SearchUnavailableException;
import io.ticketknowledge.platform.search.Snippet;
import io.ticketknowledge.platform.search.TextMatch;
import io.ticketknowledge.platform.search.analysis.SnippetMaker;
import io.ticketknowledge.platform.search.analysis.TextAnalysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The production adapter: Elasticsearch 8 through the elasticsearch-java client. Each index is an
 * alias {@code <prefix><name>} over one physical index {@code <prefix><name>-v<version>-<suffix>}
 * (one shard, so scores and facet counts are exact). Writes through the alias refresh, so the next
 * search sees them; writes into a generation being rebuilt do not (it is refreshed when activated).
 */
public final class ElasticsearchSearchEngine implements SearchEngine {

  /** Connection settings; user and password may be null. */
  public record Settings(
      String url, String prefix, int replicas, int timeoutMs, String user, String password) {}

  private final ElasticsearchClient client;
  private final RestClient rest;
  private final String prefix;
  private final int replicas;
  private final TextAnalysis analysis = new TextAnalysis();
  private final SnippetMaker snippets;
  private final EnsuredIndexes ensured = new EnsuredIndexes();

  public ElasticsearchSearchEngine(Settings settings, int snippetLength) {
    RestClientBuilder builder =
        RestClient.builder(HttpHost.create(settings.url()))
            .setRequestConfigCallback(
                config ->
                    config
                        .setConnectTimeout(Math.min(settings.timeoutMs(), 5000))
                        .setSocketTimeout(settings.timeoutMs()));
    if (settings.user() != null && !settings.user().isBlank()) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      credentials.setCredentials(
          AuthScope.ANY, new UsernamePasswordCredentials(settings.user(), settings.password()));
      builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
    }
    this.rest = builder.build();
    this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    this.prefix = settings.prefix() == null ? "" : settings.prefix();
    this.replicas = settings.replicas();
    this.snippets = new SnippetMaker(analysis, snippetLength);
  }

  @Override
  public synchronized IndexStatus ensureIndex(IndexDefinition definition) {
    Optional<String> active = activeGeneration(definition);
    if (active.isEmpty()) {
      activate(definition, createGeneration(definition));
      ensured.ensured(definition);
      return IndexStatus.CREATED;
    }
    Map<String, JsonData> meta =
        call(() -> client.indices().getMapping(g -> g.index(active.get())))
            .get(active.get())
            .mappings()
            .meta();
    IndexStatus status =
        definition.statusOf(
            metaValue(meta, ElasticsearchMapping.VERSION),
            metaValue(meta, ElasticsearchMapping.FINGERPRINT));
    ensured.ensured(definition);
    return status;
  }

  private static String metaValue(Map<String, JsonData> meta, String key) {
    JsonData value = meta == null ? null : meta.get(key);
    return value == null ? null : value.toJson().toString().replace("\"", "");
  }

  @Override
  public boolean index(IndexDefinition definition, SearchDocument document) {
    ensure(definition);
    return write(definition, alias(definition), List.of(document), true) == 1;
  }

  @Override
  public int bulk(IndexDefinition definition, List<SearchDocument> documents) {
    ensure(definition);
    return write(definition, alias(definition), documents, true);
  }

  @Override
  public boolean delete(IndexDefinition definition, String id) {
    ensure(definition);
    return call(() -> client.delete(d -> d.index(alias(definition)).id(id).refresh(Refresh.True)))
            .result()
        == Result.Deleted;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Optional<SearchDocument> get(IndexDefinition definition, String id) {
    ensure(definition);
    GetResponse<Map> found =
        call(() -> client.get(g -> g.index(alias(definition)).id(id), Map.class));
    if (!found.found() || found.source() == null) {
      return Optional.empty();
    }
    return Optional.of(new SearchDocument(id, DocumentValues.fromJson(definition, found.source())));
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Map<String, SearchDocument> getAll(IndexDefinition definition, Collection<String> ids) {
    ensure(definition);
    Map<String, SearchDocument> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    MgetResponse<Map> response =
        call(() -> client.mget(m -> m.index(alias(definition)).ids(List.copyOf(ids)), Map.class));
    for (MultiGetResponseItem<Map> item : response.docs()) {
      if (item.isResult() && item.result().found() && item.result().source() != null) {
        String id = item.result().id();
        found.put(
            id,
            new SearchDocument(id, DocumentValues.fromJson(definition, item.result().source())));
      }
    }
    return found;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public SearchPage search(IndexDefinition definition, SearchQuery query) {
    Cursor cursor = QueryCheck.check(definition, query);
    ensure(definition);
    Query scoring = null;
    String excluded = null;
    Set<String> highlightTerms = Set.of();
    switch (query.mode()) {
      case TEXT -> {
        if (!query.text().isEmpty()) {
          scoring =
              ElasticsearchQueries.text(
                  definition, query, TextMatch.of(analysis, query.glossary(), query.text()));
          highlightTerms = snippets.queryTerms(query.text(), query.glossary());
        }
      }
      case LIKE_TEXT ->
          scoring =
              ElasticsearchQueries.moreLikeThis(
                  query.openTextFields(definition), analysis, query.text());
      case LIKE_DOCUMENT -> {
        excluded = query.likeId();
        Optional<SearchDocument> like = get(definition, query.likeId());
        if (like.isEmpty()) {
          return SearchPage.empty(query);
        }
        scoring =
            ElasticsearchQueries.moreLikeThis(
                query.openTextFields(definition),
                analysis,
                DocumentValues.textOf(definition, query.visible(like.get().fields())));
      }
    }
    Query filtered = ElasticsearchQueries.withConditions(scoring, query.allConditions(), excluded);
    SearchRequest.Builder request =
        new SearchRequest.Builder()
            .index(alias(definition))
            .query(filtered)
            .size(query.pageSize() + 1)
            .trackTotalHits(t -> t.enabled(true))
            .sort(sort(query.sort()));
    if (cursor != null) {
      request.searchAfter(
          cursor.primary() instanceof Double score
              ? FieldValue.of(score)
              : FieldValue.of((Long) cursor.primary()),
          FieldValue.of(cursor.id()));
    }
    for (String facet : query.facets()) {
      request.aggregations(
          facet,
          Aggregation.of(
              a ->
                  a.terms(
                      t ->
                          t.field(facet)
                              .size(query.facetSize())
                              .order(
                                  NamedValue.of("_count", SortOrder.Desc),
                                  NamedValue.of("_key", SortOrder.Asc)))));
    }
    SearchResponse<Map> response = call(() -> client.search(request.build(), Map.class));
    List<Hit<Map>> found = response.hits().hits();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < Math.min(found.size(), query.pageSize()); i++) {
      hits.add(hit(definition, query, found.get(i), highlightTerms));
    }
    Optional<String> next = Optional.empty();
    if (found.size() > query.pageSize()) {
      List<FieldValue> last = found.get(query.pageSize() - 1).sort();
      Object primary =
          last.get(0).isDouble() ? (Object) last.get(0).doubleValue() : last.get(0).longValue();
      next = Optional.of(new Cursor(primary, last.get(1).stringValue()).encode(query.sort()));
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String facet : query.facets()) {
      Aggregate aggregate = response.aggregations().get(facet);
      List<FacetCount> counts = new ArrayList<>();
      if (aggregate != null && aggregate.isSterms()) {
        aggregate
            .sterms()
            .buckets()
            .array()
            .forEach(b -> counts.add(new FacetCount(b.key().stringValue(), b.docCount())));
      }
      facets.put(facet, counts);
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new SearchPage(hits, total, facets, next);
  }

  private static List<SortOptions> sort(io.ticketknowledge.platform.search.SortOrder order) {
    SortOptions id =
        SortOptions.of(s -> s.field(f -> f.field(TextMatch.ID_FIELD).order(SortOrder.Asc)));
    if (order.byRelevance()) {
      return List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), id);
    }
    return List.of(
        SortOptions.of(
            s ->
                s.field(
                    f ->
                        f.field(order.field())
                            .order(order.descending() ? SortOrder.Desc : SortOrder.Asc)
                            .missing("_last"))),
        id);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private SearchHit hit(
      IndexDefinition definition, SearchQuery query, Hit<Map> hit, Set<String> highlightTerms) {
    Map<String, Object> typed =
        hit.source() == null
            ? Map.of()
            : query.visible(DocumentValues.fromJson(definition, hit.source()));
    Map<String, Snippet> found = snippets.snippets(definition, typed, highlightTerms);
    return new SearchHit(
        hit.id(),
        hit.score() == null ? Double.NaN : hit.score(),
        DocumentValues.storedOnly(definition, typed),
        found);
  }

  // ---- generations ----

  @Override
  public Optional<String> activeGeneration(IndexDefinition definition) {
    String alias = alias(definition);
    if (!call(() -> client.indices().existsAlias(e -> e.name(alias))).value()) {
      return Optional.empty();
    }
    return call(() -> client.indices().getAlias(g -> g.name(alias))).result().keySet().stream()
        .findFirst();
  }

  @Override
  public String createGeneration(IndexDefinition definition) {
    String name = IndexGenerations.next(alias(definition), definition);
    call(
        () ->
            client
                .indices()
                .create(
                    c ->
                        c.index(name)
                            .settings(
                                s ->
                                    s.numberOfShards("1")
                                        .numberOfReplicas(String.valueOf(replicas)))
                            .mappings(ElasticsearchMapping.of(definition))));
    return name;
  }

  @Override
  public boolean generationExists(IndexDefinition definition, String generation) {
    return IndexGenerations.belongsTo(alias(definition), generation)
        && call(() -> client.indices().exists(e -> e.index(generation))).value();
  }

  @Override
  public int bulkInto(
      IndexDefinition definition, String generation, List<SearchDocument> documents) {
    return write(definition, generation, documents, false);
  }

  @Override
  public synchronized void switchTo(IndexDefinition definition, String generation) {
    if (!generationExists(definition, generation)) {
      throw new IllegalArgumentException("no generation " + generation + " of " + definition);
    }
    String alias = alias(definition);
    call(() -> client.indices().refresh(r -> r.index(generation)));
    List<Action> actions = new ArrayList<>();
    actions.add(Action.of(a -> a.add(add -> add.index(generation).alias(alias))));
    Set<String> serving = activeGeneration(definition).map(Set::of).orElse(Set.of());
    for (String old : serving) {
      if (!old.equals(generation)) {
        actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
      }
    }
    // one request: searches see either the old or the new generation, never none
    call(() -> client.indices().updateAliases(u -> u.actions(actions)));
  }

  @Override
  public synchronized void dropOthers(IndexDefinition definition, String kept) {
    List<String> others = new ArrayList<>(generations(definition));
    others.remove(kept);
    if (!others.isEmpty()) {
      call(() -> client.indices().delete(d -> d.index(others)));
    }
  }

  @Override
  public synchronized void drop(IndexDefinition definition) {
    List<String> all = generations(definition);
    if (!all.isEmpty()) {
      call(() -> client.indices().delete(d -> d.index(all)));
    }
    ensured.forget(definition);
  }

  @Override
  public void close() {
    try {
      rest.close();
    } catch (IOException e) {
      // nothing left to release
    }
  }

  private List<String> generations(IndexDefinition definition) {
    String pattern = alias(definition) + "-v*";
    return new ArrayList<>(
        call(() ->
                client
                    .indices()
                    .get(g -> g.index(pattern).ignoreUnavailable(true).allowNoIndices(true)))
            .result()
            .keySet());
  }

  /**
   * One bulk request. Versioned definitions use external versioning: Elasticsearch keeps a document
   * whose version is not lower, atomically, and answers 409 for the older one, which is skipped.
   *
   * @return documents written
   */
  private int write(
      IndexDefinition definition, String index, List<SearchDocument> documents, boolean refresh) {
    if (documents.isEmpty()) {
      return 0;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
    if (refresh) {
      bulk.refresh(Refresh.True);
    }
    for (SearchDocument document : documents) {
      Map<String, Object> source = source(definition, document);
      Optional<Long> version = definition.versionOf(document);
      bulk.operations(
          op ->
              op.index(
                  i -> {
                    i.id(document.id()).document(source);
                    version.ifPresent(v -> i.version(v).versionType(VersionType.External));
                    return i;
                  }));
    }
    BulkResponse response = call(() -> client.bulk(bulk.build()));
    int written = 0;
    for (BulkResponseItem item : response.items()) {
      if (item.error() == null) {
        written++;
      } else if (item.status() != 409 || definition.versionField().isEmpty()) {
        throw new IllegalStateException(
            "Elasticsearch refused document " + item.id() + ": " + item.error().reason());
      }
    }
    return written;
  }

  /** The original values, the id for sorting, and the analyzed terms of each text field. */
  private Map<String, Object> source(IndexDefinition definition, SearchDocument document) {
    Map<String, Object> source = DocumentValues.toJson(definition, document);
    Map<String, Object> terms = new LinkedHashMap<>();
    for (FieldDefinition field : definition.fieldsOf(FieldType.TEXT)) {
      Object text = source.get(field.name());
      if (text != null) {
        terms.put(TextMatch.words(field.name()), analysis.wordTermsLine((String) text));
        terms.put(TextMatch.characters(field.name()), analysis.characterTermsLine((String) text));
        if (definition.foldedText()) {
          terms.put(TextMatch.folded(field.name()), analysis.foldedTermsLine((String) text));
        }
      }
    }
    source.putAll(terms);
    source.put(TextMatch.ID_FIELD, document.id());
    return source;
  }

  private void ensure(IndexDefinition definition) {
    ensured.ensure(definition, this::ensureIndex);
  }

  private String alias(IndexDefinition definition) {
    return IndexGenerations.alias(prefix, definition);
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws IOException;
  }

  /**
   * An unreachable or overloaded cluster is a passing fault ({@link SearchUnavailableException}: a
   * 503 for a request, a retry for a consumer); a refused request a programming error.
   */
  private static <T> T call(Call<T> call) {
    try {
      return call.run();
    } catch (ElasticsearchException e) {
      if (e.status() == 429 || e.status() >= 502) {
        throw new SearchUnavailableException("Elasticsearch: " + e.getMessage(), e);
      }
      throw new IllegalStateException("Elasticsearch: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SearchUnavailableException("Elasticsearch unreachable: " + e.getMessage(), e);
    }
  }
}
