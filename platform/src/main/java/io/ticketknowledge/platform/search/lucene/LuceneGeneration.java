package io.ticketknowledge.platform.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One physical index on disk with its writer and near-real-time searchers. Every write commits
 * (durable across a crash) and refreshes the searchers (visible to the next search).
 */
final class LuceneGeneration implements AutoCloseable {

  static final String VERSION = "tk_version";
  static final String FINGERPRINT = "tk_fingerprint";

  final String name;
  final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private LuceneGeneration(
      String name, Path path, Analyzer analyzer, Map<String, String> commitData)
      throws IOException {
    this.name = name;
    this.path = path;
    this.directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    if (commitData != null) {
      writer.setLiveCommitData(commitData.entrySet());
      writer.commit();
    }
    this.searchers = new SearcherManager(writer, null);
  }

  static LuceneGeneration create(
      String name, Path path, Analyzer analyzer, Map<String, String> commitData)
      throws IOException {
    return new LuceneGeneration(name, path, analyzer, commitData);
  }

  static LuceneGeneration open(String name, Path path, Analyzer analyzer) throws IOException {
    return new LuceneGeneration(name, path, analyzer, null);
  }

  IndexWriter writer() {
    return writer;
  }

  /** Makes the writes so far durable and visible. */
  void commitAndRefresh() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  Map<String, String> commitData() throws IOException {
    return SegmentInfos.readLatestCommit(directory).getUserData();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.close();
      } finally {
        directory.close();
      }
    }
  }
}
