package io.ticketknowledge.knowledge.loop.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.ModuleSchemaOnH2;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loop applies a batch of ticket events in one transaction (H2 with the module's migrations,
 * EclipseLink): links follow the ticket's latest state, a resolution marks them solved, a
 * redelivered batch changes nothing, and a malformed event fails the batch before any write.
 */
class TicketLoopTest {

  private static final EventType CHANGED = EventType.of("ticket.changed", 1);
  private static final EventType RESOLVED = EventType.of("ticket.resolved", 1);

  private ModuleSchemaOnH2 db;
  private final TicketLoop loop = new TicketLoop();

  @BeforeEach
  void setUp() {
    db = new ModuleSchemaOnH2("knowledge");
    db.inTransaction(
        em ->
            em.createNativeQuery(
                    "INSERT INTO knowledge.articles (id, title, body, language, status, author_id,"
                        + " author_name, created_at, updated_at, version) VALUES (900, 'VPN 設定',"
                        + " '步驟', 'zh-TW', 'PUBLISHED', 'editor1', '林美玲', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP, 1)")
                .executeUpdate());
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void aBatchLinksThenSolvesAndARedeliveryChangesNothing() {
    // 901 is an article Knowledge never had: nothing to count
    EventEnvelope linked =
        event(
            CHANGED,
            1,
            ticket("OPEN").add("linkedArticleIds", Json.createArrayBuilder().add(900).add(901)));
    List<EventEnvelope> batch = List.of(linked, event(RESOLVED, 2, ticket("RESOLVED")), linked);

    assertEquals(2, applyAll(batch), "the third event is the first one again");
    assertEquals(List.of("900:true"), links("7"));
    assertEquals(0, applyAll(batch), "a redelivered batch");
    assertEquals(List.of("900:true"), links("7"));
  }

  @Test
  void aProposalWithoutSubjectFailsTheBatchBeforeAnyWrite() {
    JsonObject proposed =
        ticket("RESOLVED").remove("subject").add("proposeAsArticle", true).build();
    List<EventEnvelope> batch =
        List.of(
            event(
                CHANGED,
                1,
                ticket("OPEN").add("linkedArticleIds", Json.createArrayBuilder().add(900))),
            EventEnvelope.of(RESOLVED, "7", 2, "agent1", proposed));

    assertThrows(MalformedEventException.class, () -> applyAll(batch));
    assertEquals(List.of(), links("7"));
  }

  private static JsonObjectBuilder ticket(String status) {
    return Json.createObjectBuilder()
        .add("id", 7)
        .add("subject", "VPN 連不上")
        .add("status", status)
        .add("priority", "P3");
  }

  private static EventEnvelope event(EventType type, long version, JsonObjectBuilder payload) {
    return EventEnvelope.of(type, "7", version, "agent1", payload.build());
  }

  private int applyAll(List<EventEnvelope> batch) {
    AtomicInteger applied = new AtomicInteger();
    db.inTransaction(
        em -> {
          loop.em = em;
          applied.set(loop.applyAll(batch));
        });
    return applied.get();
  }

  @SuppressWarnings("unchecked")
  private List<String> links(String ticketId) {
    List<String> found = new ArrayList<>();
    db.inTransaction(
        em ->
            ((List<Object[]>)
                    em.createNativeQuery(
                            "SELECT article_id, solved FROM knowledge.article_ticket_links"
                                + " WHERE ticket_id = ? ORDER BY article_id")
                        .setParameter(1, ticketId)
                        .getResultList())
                .forEach(row -> found.add(row[0] + ":" + row[1])));
    return found;
  }
}
