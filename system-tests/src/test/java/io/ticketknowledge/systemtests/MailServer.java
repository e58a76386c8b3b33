package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The GreenMail server scripts/services/up.sh runs (SMTP and IMAP on 127.0.0.1, authentication off:
 * every address is a mailbox whose login is the address): reads a user's inbox, sends mail to the
 * help desk, and stops and restarts the server for the outage test (its mailboxes are in memory: a
 * restart empties them).
 */
final class MailServer {

  static final int SMTP_PORT = Integer.getInteger("tk.test.mail.smtp.port", 3025);
  static final int IMAP_PORT = Integer.getInteger("tk.test.mail.imap.port", 3143);
  static final String HELPDESK = "helpdesk@tk.test";
  private static final Path ROOT = Path.of(System.getProperty("tk.repo.root", ".."));
  private static final Path PID = ROOT.resolve(".services/greenmail/greenmail.pid");

  private MailServer() {}

  static Session session() {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(SMTP_PORT));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "5000");
    props.put("mail.imap.connectiontimeout", "5000");
    props.put("mail.imap.timeout", "5000");
    return Session.getInstance(props);
  }

  static void send(MimeMessage message) {
    try {
      Transport.send(message);
    } catch (MessagingException e) {
      throw new AssertionError("GreenMail did not take the mail", e);
    }
  }

  /** The messages in the address's inbox that match (read fully, the folder closed again). */
  static List<MimeMessage> inbox(String address, Predicate<MimeMessage> filter) {
    try {
      Store store = session().getStore("imap");
      store.connect("127.0.0.1", IMAP_PORT, address, address);
      try {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        try {
          List<MimeMessage> found = new ArrayList<>();
          for (Message message : inbox.getMessages()) {
            MimeMessage copy = new MimeMessage((MimeMessage) message);
            if (filter.test(copy)) {
              found.add(copy);
            }
          }
          return found;
        } finally {
          inbox.close(false);
        }
      } finally {
        store.close();
      }
    } catch (MessagingException e) {
      throw new AssertionError("reading " + address + " over IMAP failed", e);
    }
  }

  /** Mails whose subject carries {@code [number]}. */
  static Predicate<MimeMessage> about(String number) {
    return message -> {
      try {
        String subject = message.getSubject();
        return subject != null && subject.contains("[" + number + "]");
      } catch (MessagingException e) {
        return false;
      }
    };
  }

  static void stop() {
    if (!Files.isReadable(PID)) {
      throw new AssertionError(
          "no "
              + PID
              + ": the mail outage test needs the GreenMail that scripts/services/up.sh runs");
    }
    try {
      long pid = Long.parseLong(Files.readString(PID).trim());
      ProcessHandle server =
          ProcessHandle.of(pid)
              .orElseThrow(() -> new AssertionError("GreenMail pid " + pid + " gone"));
      server.destroy();
      await().atMost(Duration.ofSeconds(30)).until(() -> !server.isAlive());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> !answers());
  }

  static void start() {
    try {
      Process up =
          new ProcessBuilder(
                  ROOT.resolve("scripts/services/up.sh").toString(), "--only", "greenmail")
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (up.waitFor() != 0) {
        throw new AssertionError("scripts/services/up.sh --only greenmail failed");
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    await().atMost(Duration.ofSeconds(60)).until(MailServer::answers);
  }

  static boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", SMTP_PORT), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
