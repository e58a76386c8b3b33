package io.ticketknowledge.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Search over the conversation on the production profile (decision 0020): public replies are found
 * by everyone who sees the ticket, internal notes only by the ticket's agents — never in a
 * requester's hits, highlights or totals, nor for an agent on a ticket they only requested. Each
 * test marks its tickets with words of its own (the database and the index outlive a run).
 */
class TicketCommentSearchIT {

  private static final String SEARCH = "/api/ticket/tickets/search";
  private static final Duration WITHIN = Duration.ofSeconds(120);
  private static final Duration POLL = Duration.ofMillis(300);

  @Test
  void requesterFindsAPublicReplyButNeverAnInternalNote() {
    String subject = word();
    String replied = word();
    String noted = word();
    long id = Tickets.open("requester1", "Mail quota " + subject).get("id").asLong();
    Tickets.comment(
        id, "agent1", "{\"body\":\"Please archive old mail: " + replied + " folder.\"}");
    Tickets.comment(
        id,
        "agent1",
        "{\"body\":\"Internal: mailbox " + noted + " is on the old server\",\"internal\":true}");

    // the agent finds it by the note: the index holds the conversation
    JsonNode agentHit = awaitHit("agent1", noted, id);
    assertTrue(
        agentHit.at("/highlights/internalComments").asText().contains("<mark>" + noted),
        agentHit.toString());

    JsonNode requesterHit = awaitHit("requester1", replied, id);
    assertTrue(
        requesterHit.at("/highlights/publicComments").asText().contains("<mark>" + replied),
        requesterHit.toString());

    JsonNode byNote = search("requester1", noted);
    assertEquals(0, byNote.get("total").asInt(), byNote.toString());
    assertEquals(0, byNote.get("items").size());
    assertEquals(0, facetSum(byNote, "status"), byNote.toString());

    // found by another word, the hit still shows nothing of the note
    JsonNode both = hit(search("requester1", subject + " " + noted), id).orElseThrow();
    assertTrue(both.at("/highlights/internalComments").isMissingNode(), both.toString());
    assertFalse(both.toString().contains(noted), both.toString());
  }

  @Test
  void chineseWordsOfRepliesAndNotesAreFoundByTheirReaders() {
    String mark = word();
    long id = Tickets.open("requester1", "網路磁碟機 " + mark).get("id").asLong();
    Tickets.comment(id, "agent1", "{\"body\":\"請重新設定防火牆規則後再試一次。\"}");
    Tickets.comment(id, "agent1", "{\"body\":\"備份伺服器的憑證已過期，需要更新。\",\"internal\":true}");

    awaitHit("agent1", mark + " 憑證過期", id, "internalComments");
    // Simplified input finds the Traditional reply (ICU folding, decision 0016)
    JsonNode reply = awaitHit("requester1", mark + " 防火墙", id, "publicComments");
    assertTrue(
        reply.at("/highlights/publicComments").asText().contains("<mark>"), reply.toString());

    JsonNode hit = hit(search("requester1", mark + " 憑證過期"), id).orElseThrow();
    assertTrue(hit.at("/highlights/internalComments").isMissingNode(), hit.toString());
    assertFalse(hit.toString().contains("憑證"), hit.toString());
  }

  @Test
  void anAgentDoesNotSearchTheNotesOfATicketTheyOnlyRequested() {
    String noted = word();
    long group = Tickets.group("Search notes", "admin1");
    long id = Tickets.open("agent1", "Laptop battery " + word()).get("id").asLong();
    Tickets.changed(id, "admin1", "{\"groupId\":" + group + "}");
    Tickets.comment(
        id, "admin1", "{\"body\":\"Replacement " + noted + " ordered\",\"internal\":true}");

    awaitHit("admin1", noted, id);
    JsonNode agents = search("agent1", noted);
    assertFalse(hit(agents, id).isPresent(), agents.toString());
  }

  @Test
  void anEditedReplyReplacesTheOldWords() {
    String before = word();
    String after = word();
    long id = Tickets.open("requester1", "Printer toner " + word()).get("id").asLong();
    HttpResponse<String> created =
        Api.postJson(
            Tickets.path(id) + "/comments",
            Tokens.of("requester1"),
            "{\"body\":\"Model " + before + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    long commentId = Api.json(created).get("id").asLong();
    awaitHit("requester1", before, id);

    HttpResponse<String> edited =
        Tickets.patch(
            Tickets.path(id) + "/comments/" + commentId,
            Tokens.of("requester1"),
            Tickets.etag(created),
            "{\"body\":\"Model " + after + "\"}");
    assertEquals(200, edited.statusCode(), edited.body());

    awaitHit("requester1", after, id);
    assertFalse(hit(search("requester1", before), id).isPresent());
  }

  // ---- helpers ----

  private static String word() {
    StringBuilder word = new StringBuilder("zc");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  private static JsonNode search(String user, String text) {
    HttpResponse<String> found =
        Api.get(
            SEARCH + "?limit=100&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
            Tokens.of(user));
    assertEquals(200, found.statusCode(), found.body());
    return Api.json(found);
  }

  private static Optional<JsonNode> hit(JsonNode page, long id) {
    for (JsonNode item : page.get("items")) {
      if (item.get("id").asLong() == id) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  private static JsonNode awaitHit(String user, String text, long id) {
    return awaitHit(user, text, id, null);
  }

  /** Waits until the search lists the ticket (with a highlight of that field, when given). */
  private static JsonNode awaitHit(String user, String text, long id, String highlighted) {
    JsonNode[] found = new JsonNode[1];
    await()
        .atMost(WITHIN)
        .pollInterval(POLL)
        .until(
            () -> {
              found[0] = hit(search(user, text), id).orElse(null);
              return found[0] != null
                  && (highlighted == null || found[0].at("/highlights/" + highlighted).isTextual());
            });
    return found[0];
  }

  private static int facetSum(JsonNode page, String facet) {
    int sum = 0;
    for (JsonNode count : page.at("/facets/" + facet)) {
      sum += count.get("count").asInt();
    }
    return sum;
  }
}
