package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The Ticket API as the system tests use it: tickets, their changes, groups and categories. */
final class Tickets {

  static final String TICKETS = "/api/ticket/tickets";
  static final String GROUPS = "/api/ticket/groups";
  static final String CATEGORIES = "/api/ticket/categories";

  private static final Map<String, String> USER_IDS = new ConcurrentHashMap<>();

  private Tickets() {}

  /** Opens a ticket as {@code user}; asserts 201. */
  static JsonNode open(String user, String subject) {
    return openWith(user, "{\"subject\":\"" + subject + "\",\"description\":\"測試用工單\"}");
  }

  /** Opens a ticket from the given JSON as {@code user}; asserts 201. */
  static JsonNode openWith(String user, String json) {
    HttpResponse<String> created = Api.postJson(TICKETS, Tokens.of(user), json);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created);
  }

  static HttpResponse<String> postWithKey(String user, String key, String json) {
    return Api.send(
        Api.request(TICKETS, Tokens.of(user))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static HttpResponse<String> patch(String path, String token, String ifMatch, String json) {
    HttpRequest.Builder request =
        Api.request(path, token)
            .header("Content-Type", "application/merge-patch+json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  /** A POST with an optional If-Match and JSON body (null: none). */
  static HttpResponse<String> post(String path, String token, String ifMatch, String json) {
    HttpRequest.Builder request =
        Api.request(path, token)
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  static String path(long id) {
    return TICKETS + "/" + id;
  }

  static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  /** The ticket as {@code user} reads it; asserts 200. */
  static JsonNode read(long id, String user) {
    HttpResponse<String> read = Api.get(path(id), Tokens.of(user));
    assertEquals(200, read.statusCode(), read.body());
    return Api.json(read);
  }

  /** Reads the current ETag, then patches with it: the response, whatever its status. */
  static HttpResponse<String> change(long id, String user, String json) {
    HttpResponse<String> read = Api.get(path(id), Tokens.of(user));
    String etag = read.headers().firstValue("ETag").orElse("\"0\"");
    return patch(path(id), Tokens.of(user), etag, json);
  }

  /** Like {@link #change} but asserts 200 and returns the ticket. */
  static JsonNode changed(long id, String user, String json) {
    HttpResponse<String> response = change(id, user, json);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  /** The user's id at the identity provider ({@code sub} of their token). */
  static String userId(String user) {
    return USER_IDS.computeIfAbsent(
        user,
        u -> {
          String payload = Tokens.of(u).split("\\.")[1];
          String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
          try {
            return Api.JSON.readTree(json).get("sub").asText();
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** A new support group (as admin1) with the given users as members; its id. */
  static long group(String name, String... members) {
    StringBuilder list = new StringBuilder();
    for (String member : members) {
      if (list.length() > 0) {
        list.append(',');
      }
      list.append("{\"userId\":\"")
          .append(userId(member))
          .append("\",\"name\":\"")
          .append(member)
          .append("\"}");
    }
    HttpResponse<String> created =
        Api.postJson(
            GROUPS,
            Tokens.of("admin1"),
            "{\"name\":\"" + name + " " + UUID.randomUUID() + "\",\"members\":[" + list + "]}");
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).get("id").asLong();
  }

  /** A new category (as admin1); its id. */
  static long category(Long parentId, String zhTw, String en) {
    HttpResponse<String> created =
        Api.postJson(
            CATEGORIES,
            Tokens.of("admin1"),
            "{\"parentId\":"
                + parentId
                + ",\"nameZhTw\":\""
                + zhTw
                + "\",\"nameEn\":\""
                + en
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).get("id").asLong();
  }

  /** The ticket's history as {@code user} reads it. */
  static JsonNode history(long id, String user) {
    HttpResponse<String> history = Api.get(path(id) + "/history", Tokens.of(user));
    assertEquals(200, history.statusCode(), history.body());
    return Api.json(history);
  }

  /** Adds a comment (JSON) as {@code user}; asserts 201 and returns its id. */
  static long comment(long ticketId, String user, String json) {
    HttpResponse<String> created =
        Api.postJson(path(ticketId) + "/comments", Tokens.of(user), json);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created).get("id").asLong();
  }

  /** The comments as {@code user} reads them. */
  static JsonNode comments(long ticketId, String user) {
    HttpResponse<String> list = Api.get(path(ticketId) + "/comments", Tokens.of(user));
    assertEquals(200, list.statusCode(), list.body());
    return Api.json(list);
  }

  /** Whether the field is absent or null (JSON-B leaves null fields out). */
  static boolean absent(JsonNode parent, String field) {
    JsonNode value = parent.path(field);
    return value.isMissingNode() || value.isNull();
  }
}
