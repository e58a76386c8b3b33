package io.ticketknowledge.platform.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload the scanner let through, held in a temporary file until it is stored: {@link #open()}
 * reads it (for the blob port), {@link #close()} deletes the file.
 */
public final class ScreenedUpload implements AutoCloseable {

  private final Path spool;
  private final long size;
  private final ScanVerdict verdict;

  ScreenedUpload(Path spool, long size, ScanVerdict verdict) {
    this.spool = spool;
    this.size = size;
    this.verdict = verdict;
  }

  public ScanVerdict verdict() {
    return verdict;
  }

  public long size() {
    return size;
  }

  public InputStream open() {
    try {
      return Files.newInputStream(spool);
    } catch (IOException e) {
      throw new UncheckedIOException("the screened upload is gone", e);
    }
  }

  @Override
  public void close() {
    UploadScreening.delete(spool);
  }
}
