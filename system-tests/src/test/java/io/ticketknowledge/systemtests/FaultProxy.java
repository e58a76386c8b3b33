package io.ticketknowledge.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of one service, for fault tests: {@link #cut()} drops every
 * open connection and refuses new ones, as a crashed or unreachable service does, and {@link
 * #restore()} lets connections through again. Only the server pointed at the proxy sees the outage;
 * the shared service and every other client of it go on undisturbed.
 */
final class FaultProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;
  private volatile boolean closed;

  private FaultProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "fault-proxy-" + target.getPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy to {@code host:port}, passing connections through until cut. */
  static FaultProxy to(String host, int port) throws IOException {
    return new FaultProxy(new InetSocketAddress(host, port));
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Drops the open connections and refuses new ones (they are accepted and closed at once). */
  void cut() {
    cut = true;
    open.forEach(FaultProxy::quietlyClose);
    open.clear();
  }

  void restore() {
    cut = false;
  }

  @Override
  public void close() {
    closed = true;
    cut();
    quietlyClose(listener);
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        if (cut) {
          quietlyClose(client);
          continue;
        }
        Socket server = new Socket();
        try {
          server.connect(target, 5_000);
        } catch (IOException e) {
          quietlyClose(client);
          continue;
        }
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  /** Copies one direction until either side closes; then closes both. */
  private void pump(Socket from, Socket to) {
    Thread copier =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // a side went away or the proxy cut: the other side learns by the close below
              } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "fault-proxy-pump");
    copier.setDaemon(true);
    copier.start();
  }

  private static void quietlyClose(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // closing is all that is asked
    }
  }
}
