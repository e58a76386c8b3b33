package io.ticketknowledge.platform.scan;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * {@code tk.scan.adapter=clamav}: clamd's INSTREAM command over TCP, one connection per scan.
 *
 * <pre>
 *   client: "zINSTREAM\0"  then chunks: 4-byte big-endian length + bytes ...  then a zero length
 *   clamd:  "stream: OK\0" | "stream: &lt;signature&gt; FOUND\0" | "&lt;message&gt; ERROR\0"
 * </pre>
 *
 * The content is sent in 64 KiB chunks as it is read, never held whole. More than {@code maxBytes}
 * is refused here before clamd sees it; clamd's own {@code StreamMaxLength} answers "INSTREAM size
 * limit exceeded", also {@link ScanTooLargeException}. No connection, a timeout or any other ERROR
 * answer is {@link ScannerUnavailableException}: nothing is known about the content.
 */
final class ClamAvScanner implements MalwareScanner {

  private static final Logger LOG = Logger.getLogger(ClamAvScanner.class.getName());
  private static final int CHUNK = 64 * 1024;
  private static final int MAX_REPLY = 1024;
  private static final String SIZE_LIMIT = "size limit exceeded";

  private final ClamAvSettings settings;
  private final long maxBytes;

  /**
   * A socket's reads time out (SO_TIMEOUT), its writes never do: a clamd that stops reading would
   * hold the upload forever. So every write is guarded: not done within the timeout, the socket is
   * closed under it and the write fails.
   */
  private final ScheduledThreadPoolExecutor watchdog;

  ClamAvScanner(ClamAvSettings settings, long maxBytes) {
    this.settings = settings;
    this.maxBytes = maxBytes;
    this.watchdog =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "tk-clamd-write-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    watchdog.setRemoveOnCancelPolicy(true);
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }

  @Override
  public String name() {
    return ScanSettings.CLAMAV;
  }

  @Override
  public ScanVerdict scan(InputStream content) {
    ScanInput input = new ScanInput(content, maxBytes);
    try (Socket socket = connect()) {
      DataOutputStream out =
          new DataOutputStream(new java.io.BufferedOutputStream(socket.getOutputStream(), CHUNK));
      try {
        out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
        byte[] buffer = new byte[CHUNK];
        for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
          writeChunk(socket, out, buffer, n);
          if (socket.getInputStream().available() > 0) {
            // clamd answers early only to end the stream (over its StreamMaxLength): stop sending
            return verdict(reply(socket.getInputStream()));
          }
        }
        writeChunk(socket, out, buffer, 0);
      } catch (IOException writeFailed) {
        // clamd closes the stream when it is over its StreamMaxLength: its answer says so
        String reply = replyAfterFailedWrite(socket);
        if (reply.contains(SIZE_LIMIT)) {
          throw ScanTooLargeException.overScannerLimit();
        }
        throw unavailable("sending the stream failed", writeFailed);
      }
      return verdict(reply(socket.getInputStream()));
    } catch (SocketTimeoutException e) {
      throw unavailable("no answer within " + settings.timeout().toMillis() + " ms", e);
    } catch (IOException e) {
      throw unavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** One chunk (length 0 ends the stream), flushed; closed under the write if clamd stalls. */
  private void writeChunk(Socket socket, DataOutputStream out, byte[] buffer, int length)
      throws IOException {
    ScheduledFuture<?> guard =
        watchdog.schedule(
            () -> closeQuietly(socket), settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      out.writeInt(length);
      out.write(buffer, 0, length);
      out.flush();
    } finally {
      guard.cancel(false);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing to end a stalled write: nothing more to do
    }
  }

  /** Sends clamd's PING; true when it answers PONG (for operators and tests). */
  boolean ping() {
    try (Socket socket = connect()) {
      socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
      return "PONG".equals(reply(socket.getInputStream()));
    } catch (IOException e) {
      return false;
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(
          new InetSocketAddress(settings.host(), settings.port()),
          (int) settings.connectTimeout().toMillis());
      socket.setSoTimeout((int) settings.timeout().toMillis());
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private ScanVerdict verdict(String reply) {
    if (reply.equals("stream: OK")) {
      return ScanVerdict.clean(name());
    }
    if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
      String signature = reply.substring("stream: ".length(), reply.length() - " FOUND".length());
      return ScanVerdict.infected(name(), signature.strip());
    }
    if (reply.contains(SIZE_LIMIT)) {
      throw ScanTooLargeException.overScannerLimit();
    }
    throw unavailable("clamd answered '" + reply + "'", null);
  }

  private String replyAfterFailedWrite(Socket socket) {
    try {
      return reply(socket.getInputStream());
    } catch (IOException e) {
      return "";
    }
  }

  /** clamd's answer up to its NUL (z-commands) or the end of the connection. */
  private static String reply(InputStream in) throws IOException {
    ByteArrayOutputStream reply = new ByteArrayOutputStream();
    for (int b = in.read(); b > 0 && reply.size() < MAX_REPLY; b = in.read()) {
      reply.write(b);
    }
    return reply.toString(StandardCharsets.UTF_8).strip();
  }

  private ScannerUnavailableException unavailable(String why, Throwable cause) {
    String message = "clamd at " + settings.host() + ":" + settings.port() + ": " + why;
    LOG.warning(message);
    return new ScannerUnavailableException(message, cause);
  }
}
