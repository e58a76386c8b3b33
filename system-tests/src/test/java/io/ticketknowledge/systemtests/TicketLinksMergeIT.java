package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static io.ticketknowledge.systemtests.Tickets.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Links (both directions, visibility of the other end, refusals) and merges (what moves, who is
 * told, what is refused), on the production profile.
 */
class TicketLinksMergeIT {

  private static long group;
  private static long foreign;

  @BeforeAll
  static void groups() {
    group = Tickets.group("連結-服務台", "agent1");
    long other = Tickets.group("連結-網路組");
    foreign = inGroup("requester1", "別組的工單", other);
  }

  @Test
  void linksShowFromBothEndsAndAreRefusedWhenTheyMakeNoSense() {
    long a = inGroup("requester1", "VPN 無法連線（一）", group);
    long b = inGroup("editor1", "VPN 無法連線（二）", group);
    long c = inGroup("requester1", "VPN 子工作", group);

    HttpResponse<String> linked = link(a, "agent1", "DUPLICATE_OF", b);
    assertEquals(201, linked.statusCode(), linked.body());
    long linkId = Api.json(linked).get("id").asLong();
    assertEquals("DUPLICATE_OF", Api.json(linked).get("type").asText());

    assertEquals(List.of("DUPLICATE_OF " + b), links(a, "agent1"));
    assertEquals(List.of("DUPLICATED_BY " + a), links(b, "agent1"));
    // the requester of b may not read a: the link is left out for them, b itself stays readable
    assertEquals(List.of(), links(b, "editor1"));
    assertEquals(List.of(), links(a, "requester1"), "requester1 may not read b");

    assertProblem(link(a, "agent1", "RELATED", a), 400, "bad-request");
    assertProblem(link(b, "agent1", "DUPLICATED_BY", a), 409, "conflict");
    assertProblem(link(a, "agent1", "RELATED", foreign), 404, "not-found");
    assertProblem(link(foreign, "agent1", "RELATED", a), 404, "not-found");
    assertProblem(link(a, "agent1", "RELATED", 999_999_999L), 404, "not-found");
    assertProblem(link(a, "requester1", "RELATED", c), 403, "forbidden");
    assertProblem(
        Api.postJson(
            path(a) + "/links", Tokens.of("agent1"), "{\"type\":\"SIBLING\",\"ticketId\":1}"),
        400,
        "malformed-json");

    assertEquals(201, link(a, "agent1", "PARENT_OF", c).statusCode());
    assertProblem(link(a, "agent1", "CHILD_OF", c), 409, "conflict"); // a cycle
    assertProblem(link(c, "agent1", "PARENT_OF", a), 409, "conflict");

    assertTrue(changes(a).contains("link: → DUPLICATE_OF " + number(b)), changes(a).toString());
    assertTrue(changes(b).contains("link: → DUPLICATED_BY " + number(a)), changes(b).toString());
    JsonNode event = Outbox.envelopes(a, "ticket.linked").get(0);
    assertEquals("DUPLICATE_OF", event.at("/payload/linkType").asText());
    assertEquals(b, event.at("/payload/otherTicketId").asLong());

    // unlink from the other end
    assertProblem(delete(path(b) + "/links/" + linkId, "requester1"), 403, "forbidden");
    assertProblem(delete(path(foreign) + "/links/" + linkId, "agent1"), 404, "not-found");
    assertEquals(204, delete(path(b) + "/links/" + linkId, "agent1").statusCode());
    assertProblem(delete(path(b) + "/links/" + linkId, "agent1"), 404, "not-found");
    assertEquals(List.of("PARENT_OF " + c), links(a, "agent1"));
    assertEquals(List.of(), links(b, "agent1"));
    assertEquals(
        "DUPLICATED_BY",
        Outbox.envelopes(b, "ticket.unlinked").get(0).at("/payload/linkType").asText());
  }

  @Test
  void aMergeMovesTheConversationClosesTheSourceAndTellsBothRequesters() {
    long source = inGroup("requester1", "印表機卡紙（重複）", group);
    long target = inGroup("editor1", "印表機卡紙", group);
    Tickets.changed(source, "agent1", "{\"tags\":[\"printer\",\"三樓\"]}");
    long reply = Tickets.comment(source, "requester1", "{\"body\":\"三樓的那台\"}");
    long note = Tickets.comment(source, "agent1", "{\"body\":\"內部：換滾輪\",\"internal\":true}");

    String sourceEtag = etag(source, "agent1");
    assertProblem(merge(source, "agent1", null, target), 428, "precondition-required");
    assertProblem(merge(source, "agent1", "\"0\"", target), 412, "precondition-failed");
    assertProblem(merge(source, "agent1", sourceEtag, source), 400, "bad-request");
    assertProblem(merge(source, "requester1", sourceEtag, target), 403, "forbidden");
    assertProblem(merge(source, "agent1", sourceEtag, foreign), 404, "not-found");
    assertProblem(merge(foreign, "agent1", "\"1\"", target), 404, "not-found");

    HttpResponse<String> merged = merge(source, "agent1", sourceEtag, target);
    assertEquals(200, merged.statusCode(), merged.body());
    JsonNode result = Api.json(merged);
    assertEquals("CLOSED", result.at("/source/status").asText());
    assertEquals(2, result.get("movedComments").asInt(), "the reply and the note");

    // the conversation moved; both sides got a public system comment
    JsonNode targetComments = Tickets.comments(target, "agent1");
    List<Long> ids = new ArrayList<>();
    targetComments.forEach(comment -> ids.add(comment.get("id").asLong()));
    assertTrue(ids.containsAll(List.of(reply, note)), ids.toString());
    assertTrue(lastBody(targetComments).contains(number(source)), lastBody(targetComments));
    assertTrue(lastBody(Tickets.comments(source, "requester1")).contains(number(target)));
    // the source's requester now watches the target, and never sees the internal note
    JsonNode asSourceRequester = Tickets.comments(target, "requester1");
    asSourceRequester.forEach(
        comment -> assertFalse(comment.get("internal").asBoolean(), comment.toString()));
    assertEquals(200, Api.get(path(target), Tokens.of("requester1")).statusCode());
    JsonNode targetNow = Tickets.read(target, "agent1");
    assertTrue(targetNow.get("tags").toString().contains("printer"), targetNow.toString());

    JsonNode relations = Api.json(Api.get(path(source) + "/links", Tokens.of("agent1")));
    assertEquals(target, relations.at("/mergedInto/id").asLong());
    JsonNode from = Api.json(Api.get(path(target) + "/links", Tokens.of("agent1")));
    assertEquals(source, from.at("/mergedFrom/0/id").asLong());
    assertTrue(
        changes(source).contains("mergedInto: → " + number(target)), changes(source).toString());
    assertTrue(
        changes(target).contains("mergedFrom: → " + number(source)), changes(target).toString());
    JsonNode event = Outbox.envelopes(source, "ticket.merged").get(0);
    assertEquals(target, event.at("/payload/targetId").asLong());
    assertEquals("CLOSED", event.at("/payload/status").asText());

    // merging back is a cycle; a merged source cannot be merged again
    assertProblem(merge(target, "agent1", etag(target, "agent1"), source), 409, "conflict");
    long third = inGroup("requester1", "印表機卡紙（三）", group);
    assertProblem(merge(source, "agent1", etag(source, "agent1"), third), 409, "conflict");
  }

  /** Resolving with knowledge articles and a proposal: what Knowledge's TicketLoop reads. */
  @Test
  void resolvingCarriesTheLinkedArticlesAndTheProposal() {
    long id = inGroup("requester1", "Outlook 無法同步", group);
    assertProblem(Tickets.change(id, "requester1", "{\"linkedArticleIds\":[1]}"), 403, "forbidden");
    assertProblem(Tickets.change(id, "agent1", "{\"proposeAsArticle\":true}"), 400, "bad-request");
    Tickets.changed(id, "agent1", "{\"linkedArticleIds\":[101,102]}");
    Tickets.changed(
        id,
        "agent1",
        "{\"status\":\"RESOLVED\",\"resolution\":\"重建設定檔。\",\"proposeAsArticle\":true}");
    JsonNode resolved = Outbox.envelopes(id, "ticket.resolved").get(0).get("payload");
    assertEquals("[101,102]", resolved.get("linkedArticleIds").toString());
    assertTrue(resolved.get("proposeAsArticle").asBoolean());
    assertTrue(changes(id).contains("linkedArticles: → 101, 102"), changes(id).toString());
    assertEquals(
        "[101,102]",
        Api.json(Api.get(path(id) + "/links", Tokens.of("requester1")))
            .get("linkedArticleIds")
            .toString());
  }

  static long inGroup(String requester, String subject, long group) {
    long id = Tickets.open(requester, subject).get("id").asLong();
    Tickets.changed(id, "admin1", "{\"groupId\":" + group + "}");
    return id;
  }

  private static HttpResponse<String> link(long from, String user, String type, long to) {
    return Api.postJson(
        path(from) + "/links",
        Tokens.of(user),
        "{\"type\":\"" + type + "\",\"ticketId\":" + to + "}");
  }

  private static HttpResponse<String> merge(long source, String user, String ifMatch, long target) {
    return Tickets.post(
        path(source) + "/merge", Tokens.of(user), ifMatch, "{\"targetId\":" + target + "}");
  }

  private static HttpResponse<String> delete(String path, String user) {
    return Api.send(
        Api.request(path, Tokens.of(user)).method("DELETE", HttpRequest.BodyPublishers.noBody()));
  }

  private static List<String> links(long id, String user) {
    HttpResponse<String> response = Api.get(path(id) + "/links", Tokens.of(user));
    assertEquals(200, response.statusCode(), response.body());
    List<String> links = new ArrayList<>();
    Api.json(response)
        .get("links")
        .forEach(l -> links.add(l.get("type").asText() + " " + l.at("/ticket/id").asLong()));
    return links;
  }

  private static List<String> changes(long id) {
    List<String> changes = new ArrayList<>();
    Tickets.history(id, "agent1")
        .forEach(
            e ->
                changes.add(
                    e.get("change").asText()
                        + ": "
                        + (Tickets.absent(e, "before") ? "" : e.get("before").asText() + " ")
                        + "→ "
                        + (Tickets.absent(e, "after") ? "" : e.get("after").asText())));
    return changes;
  }

  private static String number(long id) {
    return Tickets.read(id, "admin1").get("number").asText();
  }

  private static String etag(long id, String user) {
    return Tickets.etag(Api.get(path(id), Tokens.of(user)));
  }

  private static String lastBody(JsonNode comments) {
    return comments.get(comments.size() - 1).get("body").asText();
  }
}
