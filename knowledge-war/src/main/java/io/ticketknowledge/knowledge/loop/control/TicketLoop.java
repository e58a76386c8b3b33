package io.ticketknowledge.knowledge.loop.control;

import io.ticketknowledge.knowledge.articles.control.ArticleEditor;
import io.ticketknowledge.knowledge.articles.control.Reader;
import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.ArticleContent;
import io.ticketknowledge.knowledge.articles.entity.ArticleMetadata;
import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.knowledge.articles.entity.Locales;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventHandler;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.events.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Knowledge's side of the loop with tickets, from {@code ticket.events} only (no dependency on the
 * Ticket module): the articles linked to a ticket are counted as having helped solve it once the
 * ticket is resolved or closed, and a ticket resolved with {@code proposeAsArticle} becomes a draft
 * article (once per ticket) assigned to the knowledge owner. Payload fields read (all optional
 * except where a rule needs them): {@code status}, {@code linkedArticleIds} (array of article ids),
 * {@code proposeAsArticle}, {@code subject}, {@code description}, {@code resolution}, {@code
 * locale}.
 */
@ApplicationScoped
public class TicketLoop implements EventHandler {

  public static final String CONSUMER = "knowledge.ticket-loop";
  private static final Set<String> SOLVED = Set.of("RESOLVED", "CLOSED");

  private final ProcessedEvents processed = new ProcessedEvents("knowledge");

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  @Inject ArticleEditor editor;

  @Inject
  @ConfigProperty(name = "knowledge.loop.owner-id", defaultValue = "knowledge-owner")
  String ownerId;

  @Inject
  @ConfigProperty(name = "knowledge.loop.owner-name", defaultValue = "Knowledge owner")
  String ownerName;

  /**
   * @return false for a redelivery
   * @throws MalformedEventException for a proposal without the subject it needs
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @Override
  public boolean apply(EventEnvelope event) {
    return applyAll(List.of(event)) == 1;
  }

  /**
   * Applies the batch in one transaction (most ticket events carry no article link and cost only
   * their processed mark); a malformed event fails the batch before anything is written, so the
   * delivery isolates it at the cost of one dead letter.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @Override
  public int applyAll(List<EventEnvelope> events) {
    events.forEach(TicketLoop::requireWellFormed);
    Set<UUID> fresh =
        processed.firstDeliveries(em, CONSUMER, events.stream().map(EventEnvelope::id).toList());
    int applied = fresh.size();
    for (EventEnvelope event : events) {
      if (fresh.remove(event.id())) {
        observe(event);
      }
    }
    return applied;
  }

  private static void requireWellFormed(EventEnvelope event) {
    if (proposed(event) && text(event.payload(), "subject").isBlank()) {
      throw new MalformedEventException(
          "a proposed ticket without subject: " + event.aggregateId());
    }
  }

  private static boolean proposed(EventEnvelope event) {
    return event.type().equals("ticket.resolved")
        && event.payload().getBoolean("proposeAsArticle", false);
  }

  private void observe(EventEnvelope event) {
    JsonObject ticket = event.payload();
    String ticketId = event.aggregateId();
    Set<Long> linked = articleIds(ticket);
    if (!linked.isEmpty()) {
      boolean solved =
          SOLVED.contains(text(ticket, "status")) || event.type().equals("ticket.resolved");
      link(ticketId, linked, solved);
    } else if (event.type().equals("ticket.resolved")) {
      em.createNativeQuery(
              "UPDATE knowledge.article_ticket_links SET solved = TRUE WHERE ticket_id = ?")
          .setParameter(1, ticketId)
          .executeUpdate();
    }
    if (proposed(event)) {
      propose(ticketId, ticket);
    }
  }

  private void link(String ticketId, Set<Long> articleIds, boolean solved) {
    for (Long articleId : articleIds) {
      if (em.find(Article.class, articleId) == null) {
        continue; // an id Knowledge never had: nothing to count
      }
      int updated =
          em.createNativeQuery(
                  "UPDATE knowledge.article_ticket_links SET solved = ?"
                      + " WHERE article_id = ? AND ticket_id = ?")
              .setParameter(1, solved)
              .setParameter(2, articleId)
              .setParameter(3, ticketId)
              .executeUpdate();
      if (updated == 0) {
        em.createNativeQuery(
                "INSERT INTO knowledge.article_ticket_links (article_id, ticket_id, solved, linked_at)"
                    + " VALUES (?, ?, ?, ?)")
            .setParameter(1, articleId)
            .setParameter(2, ticketId)
            .setParameter(3, solved)
            .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
            .executeUpdate();
      }
    }
    // links the ticket no longer names are dropped: the ticket's latest state is what counts
    em.createNativeQuery(
            "DELETE FROM knowledge.article_ticket_links WHERE ticket_id = ? AND article_id NOT IN ("
                + String.join(",", articleIds.stream().map(String::valueOf).toList())
                + ")")
        .setParameter(1, ticketId)
        .executeUpdate();
  }

  private void propose(String ticketId, JsonObject ticket) {
    Number existing =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM knowledge.ticket_proposals WHERE ticket_id = ?")
                .setParameter(1, ticketId)
                .getSingleResult();
    if (existing.longValue() > 0) {
      return;
    }
    String locale = text(ticket, "locale");
    if (!Locales.SUPPORTED.contains(locale)) {
      locale = Locales.ZH_TW;
    }
    String subject = text(ticket, "subject").strip();
    String body =
        (locale.equals(Locales.EN)
                ? "## Problem\n%s\n\n## Resolution\n%s\n\nFrom ticket #%s."
                : "## 問題\n%s\n\n## 解決方式\n%s\n\n來源工單：#%s")
            .formatted(text(ticket, "description"), text(ticket, "resolution"), ticketId);
    Reader owner = new Reader(ownerId, ownerName, Set.of("editor"));
    Article draft =
        editor.create(
            locale,
            new ArticleContent(
                subject.length() > 200 ? subject.substring(0, 200) : subject, "", body),
            new ArticleMetadata(null, Set.of(), Audience.EMPLOYEES, null, null),
            "Proposed from ticket #" + ticketId,
            owner);
    em.createNativeQuery(
            "INSERT INTO knowledge.ticket_proposals (ticket_id, article_id, created_at) VALUES (?, ?, ?)")
        .setParameter(1, ticketId)
        .setParameter(2, draft.id())
        .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }

  private static Set<Long> articleIds(JsonObject ticket) {
    Set<Long> ids = new LinkedHashSet<>();
    if (ticket.get("linkedArticleIds") instanceof JsonArray array) {
      for (JsonValue value : array) {
        if (value instanceof JsonNumber number) {
          ids.add(number.longValue());
        } else if (value instanceof JsonString s && s.getString().matches("[0-9]{1,18}")) {
          ids.add(Long.parseLong(s.getString()));
        }
      }
    }
    return ids;
  }

  private static String text(JsonObject object, String field) {
    return object.get(field) instanceof JsonString s ? s.getString() : "";
  }
}
