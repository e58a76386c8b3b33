package io.ticketknowledge.ticket.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Message-IDs of our mails. Every mail has its own ({@code <tk.<uuid>.t<ticket>@<domain>>});
 * all mails of a ticket name the same thread root ({@code <tk.ticket.<ticket>@<domain>>}) in
 * In-Reply-To and References, so mail clients show one conversation per ticket and a reply to any
 * of them finds the ticket again.
 */
public final class MessageIds {

  private static final Pattern ID = Pattern.compile("<([^<>\\s]+)>");
  private static final Pattern OURS =
      Pattern.compile("tk\\.(?:ticket\\.|[0-9a-f-]{36}\\.t)(\\d{1,18})@(.+)");

  private final String domain;

  public MessageIds(String domain) {
    this.domain = domain.toLowerCase(Locale.ROOT);
  }

  public String next(long ticketId) {
    return "<tk." + UUID.randomUUID() + ".t" + ticketId + "@" + domain + ">";
  }

  public String threadRoot(long ticketId) {
    return "<tk.ticket." + ticketId + "@" + domain + ">";
  }

  /** The ticket one of our Message-IDs (or thread roots) belongs to; empty for anyone else's. */
  public Optional<Long> ticketOf(String messageId) {
    Matcher matcher = ID.matcher(messageId == null ? "" : messageId);
    String bare = matcher.find() ? matcher.group(1) : (messageId == null ? "" : messageId.strip());
    Matcher ours = OURS.matcher(bare.toLowerCase(Locale.ROOT));
    if (ours.matches() && ours.group(2).equals(domain)) {
      return Optional.of(Long.parseLong(ours.group(1)));
    }
    return Optional.empty();
  }

  public boolean isOurs(String messageId) {
    return ticketOf(messageId).isPresent();
  }

  /** The {@code <id>} tokens of an In-Reply-To or References header, in order. */
  public static List<String> parse(String header) {
    List<String> ids = new ArrayList<>();
    if (header != null) {
      Matcher matcher = ID.matcher(header);
      while (matcher.find()) {
        ids.add("<" + matcher.group(1) + ">");
      }
    }
    return ids;
  }
}
