package io.ticketknowledge.ticket.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.ModuleSchemaOnH2;
import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.events.contract.EventContractAssertions;
import io.ticketknowledge.platform.search.SearchDocument;
import io.ticketknowledge.platform.search.lucene.LuceneSearchEngine;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import io.ticketknowledge.ticket.tickets.entity.TicketState;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Consumer side of the event contracts: the examples of every schema the search index consumes go
 * through the real handler ({@link TicketSearchIndexing#apply}, H2 with the module's migrations,
 * Lucene) and end up in the index; a redelivery changes nothing.
 */
class TicketSearchIndexingExamplesTest {

  @TempDir Path dir;

  private ModuleSchemaOnH2 db;
  private LuceneSearchEngine engine;
  private TicketSearchIndexing indexing;

  @BeforeEach
  void setUp() {
    db = new ModuleSchemaOnH2("ticket");
    engine = new LuceneSearchEngine(dir, "t-", 160);
    indexing = new TicketSearchIndexing();
    indexing.dataSource = db.dataSource();
    indexing.indexer = new TicketIndexer();
    indexing.indexer.engine = engine;
    indexing.indexer.ensureIndex();
  }

  @AfterEach
  void tearDown() {
    engine.close();
    db.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = TicketEventType.class,
      names = {
        "COMMENTED",
        "COMMENT_EDITED",
        "ATTACHMENT_ADDED",
        "LINKED",
        "UNLINKED",
        "SATISFACTION_RATED",
        "NOTIFICATION_REQUESTED"
      },
      mode = EnumSource.Mode.EXCLUDE)
  void theSchemasExamplesAreIndexed(TicketEventType type) {
    long version = 1;
    for (JsonObject example : EventContractAssertions.examples(type.type())) {
      TicketState state = TicketState.fromJson(example);
      EventEnvelope event = EventEnvelope.of(type.type(), state.id(), version++, "agent1", example);

      assertTrue(apply(event), type + ": first delivery applies");
      assertFalse(apply(event), type + ": a redelivery is dropped");

      SearchDocument indexed =
          engine.get(TicketIndex.DEFINITION, String.valueOf(state.id())).orElseThrow();
      assertEquals(state.subject(), indexed.fields().get(TicketIndex.SUBJECT));
      assertEquals(state.status(), indexed.fields().get(TicketIndex.STATUS));
      assertEquals(state.priority(), indexed.fields().get(TicketIndex.PRIORITY));
      assertEquals(state.requesterId(), indexed.fields().get(TicketIndex.REQUESTER_ID));
      assertEquals(Instant.parse(example.getString("updatedAt")), state.updatedAt());
      assertEquals( // the index keeps dates to the millisecond
          state.updatedAt().truncatedTo(ChronoUnit.MILLIS),
          indexed.fields().get(TicketIndex.UPDATED_AT));
    }
  }

  @ParameterizedTest
  @EnumSource(TicketEventType.class)
  void aSchemaVersionNewerThanThisConsumerKnowsIsADeadLetter(TicketEventType type) {
    JsonObject example = EventContractAssertions.examples(type.type()).get(0);
    EventType newer = EventType.of(type.type().name(), type.type().version() + 1);
    long ticketId =
        example.containsKey("ticketId") ? example.getInt("ticketId") : example.getInt("id");
    EventEnvelope event = EventEnvelope.of(newer, ticketId, 1, "agent1", example);

    assertThrows(MalformedEventException.class, () -> apply(event));
  }

  private boolean apply(EventEnvelope event) {
    AtomicBoolean applied = new AtomicBoolean();
    db.inTransaction(
        em -> {
          indexing.em = em;
          applied.set(indexing.apply(event));
        });
    return applied.get();
  }
}
