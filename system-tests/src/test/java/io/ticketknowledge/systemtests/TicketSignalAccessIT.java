package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The ticket signals Knowledge keeps show a ticket's subject: editors may read them only for the
 * tickets the Ticket module shows them (their own), so counting ids reveals nothing.
 */
class TicketSignalAccessIT {

  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Test
  void editorsSeeSignalsOnlyOfTheirOwnTickets() {
    JsonNode othersTicket = Tickets.open("requester1", "薪資單查詢（私人）");
    String othersId = othersTicket.get("id").asText();
    Events.awaitSignal(othersId, 1, WITHIN);

    assertProblem(signal(othersId, "editor1"), 404, "not-found");
    assertEquals(200, signal(othersId, "agent1").statusCode());
    assertEquals(200, signal(othersId, "admin1").statusCode());
    // the Ticket module agrees: editor1 may not see that ticket either
    assertProblem(
        Api.get("/api/ticket/tickets/" + othersId, Tokens.of("editor1")), 404, "not-found");

    JsonNode ownTicket = Tickets.open("editor1", "我的筆電無法開機");
    String ownId = ownTicket.get("id").asText();
    Events.awaitSignal(ownId, 1, WITHIN);
    HttpResponse<String> own = signal(ownId, "editor1");
    assertEquals(200, own.statusCode(), own.body());
    assertEquals("我的筆電無法開機", Api.json(own).get("subject").asText());

    // a signal whose events named no requester is for agents and admins only
    String anonymous = Events.unusedTicketId();
    Events.send(
        Events.TICKET_TOPIC,
        anonymous,
        Events.ticketEvent(
            java.util.UUID.randomUUID(), "ticket.opened", anonymous, 1, "無申請人", "NEW"));
    Events.awaitSignal(anonymous, 1, WITHIN);
    assertProblem(signal(anonymous, "editor1"), 404, "not-found");
    assertProblem(signal(othersId, "requester1"), 403, "forbidden");
  }

  private static HttpResponse<String> signal(String ticketId, String user) {
    return Api.get("/api/knowledge/ticket-signals/" + ticketId, Tokens.of(user));
  }
}
