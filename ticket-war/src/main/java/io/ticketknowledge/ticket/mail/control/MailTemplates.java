package io.ticketknowledge.ticket.mail.control;

import io.ticketknowledge.ticket.mail.entity.MailLanguage;
import io.ticketknowledge.ticket.mail.entity.NotificationKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of outgoing mail, one UTF-8 properties file per language ({@code templates-zh-TW},
 * {@code templates-en} next to this class): per {@link NotificationKind} a {@code .subject} and a
 * {@code .body} with {@code ${name}} placeholders, plus the status names and the reply marker. The
 * subject always starts with the ticket number in brackets. Plain text only: the values (a
 * comment's Markdown, a person's name) go out as written, never as HTML.
 */
public final class MailTemplates {

  /** The line above which a reply by mail is read (the quoted rest is cut off). */
  public static final String REPLY_MARKER_KEY = "reply-marker";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");
  private final Map<MailLanguage, Properties> texts = new EnumMap<>(MailLanguage.class);

  public MailTemplates() {
    for (MailLanguage language : MailLanguage.values()) {
      texts.put(language, load(language));
    }
  }

  /** A mail ready to send: subject and plain-text body. */
  public record Rendered(String subject, String body) {}

  /** The values a template may use; null ones render as empty. */
  public record Values(
      String number,
      String subject,
      String requesterName,
      String actorName,
      String text,
      String status,
      String link) {}

  public Rendered render(NotificationKind kind, MailLanguage language, Values values) {
    Map<String, String> names =
        Map.of(
            "number", nullToEmpty(values.number()),
            "subject", nullToEmpty(values.subject()),
            "requesterName", nullToEmpty(values.requesterName()),
            "actorName", nullToEmpty(values.actorName()),
            "text", nullToEmpty(values.text()),
            "status", values.status() == null ? "" : text(language, "status." + values.status()),
            "link", nullToEmpty(values.link()),
            "marker", text(language, REPLY_MARKER_KEY));
    String subject = fill(text(language, kind.key() + ".subject"), names);
    String body = fill(text(language, kind.key() + ".body"), names);
    return new Rendered(
        SubjectTicketNumber.prefixed(values.number(), oneLine(subject)), body.strip() + "\n");
  }

  /** Every reply marker we ever wrote, in every language (an answer may come in either). */
  public java.util.List<String> replyMarkers() {
    return texts.keySet().stream().map(language -> text(language, REPLY_MARKER_KEY)).toList();
  }

  String text(MailLanguage language, String key) {
    String value = texts.get(language).getProperty(key);
    if (value == null) {
      throw new IllegalStateException("mail template " + key + " missing for " + language.tag());
    }
    return value;
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("unknown placeholder ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static Properties load(MailLanguage language) {
    String name = "/io/ticketknowledge/ticket/mail/templates-" + language.tag() + ".properties";
    try (InputStream in = MailTemplates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
