package io.ticketknowledge.ticket.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The email channel's configuration (README, "Configuration"). Off unless {@code tk.mail.enabled}
 * (outbound) and {@code tk.mail.inbound.enabled} say otherwise; passwords come from the environment
 * or a mounted file ({@code TK_MAIL_SMTP_PASSWORD_FILE}), never from the repository.
 */
@ApplicationScoped
public class MailSettings {

  /** How a connection to the mail server is secured. */
  public enum Tls {
    /** Plain (a local relay, the test server). */
    NONE,
    /** Plain, then STARTTLS, required. */
    STARTTLS,
    /** TLS from the first byte (SMTPS 465, IMAPS 993). */
    SSL
  }

  /** Where a mail server is and how to log in. */
  public record Server(
      String host, int port, Optional<String> user, Optional<String> password, Tls tls) {}

  @Inject
  @ConfigProperty(name = "tk.mail.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "tk.mail.from", defaultValue = "helpdesk@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "tk.mail.from-name", defaultValue = "服務台 Service Desk")
  String fromName;

  @Inject
  @ConfigProperty(name = "tk.mail.message-id-domain")
  Optional<String> messageIdDomain;

  @Inject
  @ConfigProperty(name = "tk.mail.portal-url", defaultValue = "http://localhost:9080")
  String portalUrl;

  @Inject
  @ConfigProperty(name = "tk.mail.smtp.host", defaultValue = "127.0.0.1")
  String smtpHost;

  @Inject
  @ConfigProperty(name = "tk.mail.smtp.port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "tk.mail.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "tk.mail.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "tk.mail.smtp.password-file")
  Optional<String> smtpPasswordFile;

  @Inject
  @ConfigProperty(name = "tk.mail.smtp.tls", defaultValue = "NONE")
  String smtpTls;

  @Inject
  @ConfigProperty(name = "tk.mail.timeout-ms", defaultValue = "10000")
  int timeoutMs;

  @Inject
  @ConfigProperty(name = "tk.mail.outbound.interval-seconds", defaultValue = "10")
  long outboundIntervalSeconds;

  @Inject
  @ConfigProperty(name = "tk.mail.outbound.batch-size", defaultValue = "50")
  int outboundBatchSize;

  @Inject
  @ConfigProperty(name = "tk.mail.outbound.backoff-seconds", defaultValue = "30")
  long backoffSeconds;

  @Inject
  @ConfigProperty(name = "tk.mail.outbound.max-backoff-seconds", defaultValue = "1800")
  long maxBackoffSeconds;

  @Inject
  @ConfigProperty(name = "tk.mail.outbound.max-attempts", defaultValue = "5")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "tk.mail.inbound.enabled", defaultValue = "false")
  boolean inboundEnabled;

  @Inject
  @ConfigProperty(name = "tk.mail.imap.host", defaultValue = "127.0.0.1")
  String imapHost;

  @Inject
  @ConfigProperty(name = "tk.mail.imap.port", defaultValue = "143")
  int imapPort;

  @Inject
  @ConfigProperty(name = "tk.mail.imap.user")
  Optional<String> imapUser;

  @Inject
  @ConfigProperty(name = "tk.mail.imap.password")
  Optional<String> imapPassword;

  @Inject
  @ConfigProperty(name = "tk.mail.imap.password-file")
  Optional<String> imapPasswordFile;

  @Inject
  @ConfigProperty(name = "tk.mail.imap.tls", defaultValue = "NONE")
  String imapTls;

  @Inject
  @ConfigProperty(name = "tk.mail.imap.folder", defaultValue = "INBOX")
  String imapFolder;

  @Inject
  @ConfigProperty(name = "tk.mail.imap.processed-folder", defaultValue = "Processed")
  String processedFolder;

  @Inject
  @ConfigProperty(name = "tk.mail.inbound.poll-interval-seconds", defaultValue = "60")
  long pollIntervalSeconds;

  @Inject
  @ConfigProperty(name = "tk.mail.inbound.accepted-domains")
  Optional<List<String>> acceptedDomains;

  @Inject
  @ConfigProperty(name = "tk.mail.inbound.max-per-sender-per-hour", defaultValue = "20")
  int maxPerSenderPerHour;

  public boolean enabled() {
    return enabled;
  }

  public boolean inboundEnabled() {
    return inboundEnabled;
  }

  /** Whether anything of the channel runs (contacts are only kept then). */
  public boolean anyEnabled() {
    return enabled || inboundEnabled;
  }

  public String from() {
    return from.strip();
  }

  public String fromName() {
    return fromName;
  }

  /** The right-hand side of our Message-IDs: configured, else the from address's domain. */
  public String messageIdDomain() {
    return messageIdDomain
        .filter(d -> !d.isBlank())
        .orElseGet(() -> from().substring(from().indexOf('@') + 1))
        .toLowerCase(Locale.ROOT);
  }

  public String portalUrl() {
    return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
  }

  public Server smtp() {
    return new Server(
        smtpHost, smtpPort, blank(smtpUser), secret(smtpPassword, smtpPasswordFile), tls(smtpTls));
  }

  public Server imap() {
    return new Server(
        imapHost, imapPort, blank(imapUser), secret(imapPassword, imapPasswordFile), tls(imapTls));
  }

  public int timeoutMs() {
    return timeoutMs;
  }

  public long outboundIntervalSeconds() {
    return outboundIntervalSeconds;
  }

  public int outboundBatchSize() {
    return outboundBatchSize;
  }

  public long backoffSeconds() {
    return backoffSeconds;
  }

  public long maxBackoffSeconds() {
    return maxBackoffSeconds;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public String imapFolder() {
    return imapFolder;
  }

  public String processedFolder() {
    return processedFolder;
  }

  public long pollIntervalSeconds() {
    return pollIntervalSeconds;
  }

  public List<String> acceptedDomains() {
    return acceptedDomains.orElse(List.of()).stream()
        .map(d -> d.strip().toLowerCase(Locale.ROOT))
        .filter(d -> !d.isEmpty())
        .toList();
  }

  public int maxPerSenderPerHour() {
    return maxPerSenderPerHour;
  }

  /**
   * The password itself, else the content of the file named (a mounted secret, one trailing line
   * break dropped); read at each use, so a rotated secret applies without a restart.
   */
  static Optional<String> secret(Optional<String> value, Optional<String> file) {
    Optional<String> direct = blank(value);
    if (direct.isPresent()) {
      return direct;
    }
    return blank(file)
        .map(
            path -> {
              try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(path.strip()))
                    .replaceFirst("\\r?\\n$", "");
              } catch (java.io.IOException e) {
                throw new IllegalStateException("mail password file " + path + " unreadable", e);
              }
            });
  }

  private static Optional<String> blank(Optional<String> value) {
    return value.filter(v -> !v.isBlank());
  }

  private static Tls tls(String value) {
    return Tls.valueOf(value.strip().toUpperCase(Locale.ROOT));
  }
}
