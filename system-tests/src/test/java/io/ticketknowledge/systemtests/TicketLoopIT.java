package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.ARTICLES;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.article;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.id;
import static io.ticketknowledge.systemtests.KnowledgeArticlesIT.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The loop from tickets to articles through the real Kafka broker, with ticket events as the Ticket
 * module publishes them (no call into the Ticket module): linked articles count the tickets they
 * helped solve, and a ticket resolved with "propose as article" becomes one draft.
 */
class TicketLoopIT {

  // a new consumer group reads ticket.events from the earliest offset: on a broker that kept
  // benchmark runs, the loop first works through that backlog
  private static final Duration WITHIN = Duration.ofSeconds(240);

  @Test
  void linkedArticlesCountSolvedTicketsAndProposalsBecomeOneDraft() {
    JsonNode article = publish(article("重設 VPN 憑證", "zh-TW"));
    String ticketId = Events.unusedTicketId();
    String subject = "VPN 憑證過期無法連線 " + UUID.randomUUID().toString().substring(0, 8);

    ObjectNode linked = ticket(ticketId, subject, "OPEN").put("proposeAsArticle", false);
    linked.putArray("linkedArticleIds").add(id(article));
    ObjectNode resolved = ticket(ticketId, subject, "RESOLVED").put("proposeAsArticle", true);
    resolved.putArray("linkedArticleIds").add(id(article));
    resolved.put("resolution", "重新申請憑證並匯入 GlobalProtect。");
    String resolvedEvent =
        Events.envelope(UUID.randomUUID(), "ticket.resolved", ticketId, 3, resolved);
    Events.send(
        Events.TICKET_TOPIC,
        ticketId,
        Events.envelope(UUID.randomUUID(), "ticket.changed", ticketId, 2, linked),
        resolvedEvent,
        // the same resolution again under a new event id: still one draft
        Events.envelope(UUID.randomUUID(), "ticket.resolved", ticketId, 3, resolved));

    Awaitility.await()
        .atMost(WITHIN)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                Api.json(Api.get(ARTICLES + "/" + id(article), Tokens.of("requester1")))
                    .path("solvedTickets")
                    .asLong(),
            solved -> solved == 1);

    JsonNode drafts =
        Awaitility.await()
            .atMost(WITHIN)
            .pollInterval(Duration.ofMillis(500))
            .until(() -> drafts(subject), found -> found.size() >= 1);
    assertEquals(1, drafts.size(), drafts.toString());
    JsonNode draft =
        Api.json(Api.get(ARTICLES + "/" + drafts.get(0).get("id").asLong(), Tokens.of("admin1")));
    assertEquals("DRAFT", draft.get("status").asText());
    assertEquals("EMPLOYEES", draft.get("audience").asText());
    assertEquals(true, draft.get("body").asText().contains("重新申請憑證"), draft.toString());
    assertEquals(true, draft.get("body").asText().contains("#" + ticketId), draft.toString());
  }

  private static ObjectNode ticket(String id, String subject, String status) {
    String now = Instant.now().toString();
    return Api.JSON
        .createObjectNode()
        .put("id", Long.parseLong(id))
        .put("subject", subject)
        .put("description", "在家連 VPN 時出現憑證過期的訊息。")
        .put("status", status)
        .put("priority", "NORMAL")
        .put("requesterId", "loop-test-requester")
        .put("requesterName", "王小明")
        .put("createdAt", now)
        .put("updatedAt", now);
  }

  private static JsonNode drafts(String subject) {
    JsonNode page =
        Api.json(Api.get(ARTICLES + "?status=DRAFT&limit=100", Tokens.of("admin1"))).get("items");
    var found = Api.JSON.createArrayNode();
    page.forEach(
        item -> {
          if (item.get("title").asText().equals(subject)) {
            found.add(item);
          }
        });
    return found;
  }
}
