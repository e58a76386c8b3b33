package io.ticketknowledge.platform.exports;

import java.io.IOException;
import java.util.List;

/**
 * A table written row by row to a stream (exports): nothing is kept per row, so memory stays the
 * same for ten rows or ten million. Cells are text ({@link String}, or anything else by its {@code
 * toString()}), numbers ({@link Number}, written as numbers) or null (empty).
 */
public interface TableWriter extends AutoCloseable {

  /** The column names; once, before the rows. */
  void header(List<String> names) throws IOException;

  void row(List<?> cells) throws IOException;

  /** Writes what ends the file and flushes; does not close the stream the writer was given. */
  @Override
  void close() throws IOException;
}
