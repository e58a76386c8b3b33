package io.ticketknowledge.systemtests;

import static io.ticketknowledge.systemtests.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Articles on the production profile: writing, revisions and diffs, the four-eyes review, what
 * readers of each audience and locale see, translations, feedback, categories, and the events of
 * the outbox.
 */
class KnowledgeArticlesIT {

  static final String ARTICLES = "/api/knowledge/articles";
  private static final String EDITOR = "editor1";
  private static final String ADMIN = "admin1";
  private static final String REQUESTER = "requester1";
  private static final String AGENT = "agent1";

  @Test
  void anArticleIsWrittenReviewedByAnotherEditorAndThenRead() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        post(
            ARTICLES,
            EDITOR,
            null,
            article("印表機無法列印 " + marker, "zh-TW")
                .put(
                    "body",
                    "# 步驟\n請先重新啟動印表機。\n\n<script>alert(1)</script>"
                        + " [連結](javascript:alert(1)) <img src=x onerror=alert(1)>"));
    assertEquals(201, created.statusCode(), created.body());
    JsonNode draft = Api.json(created);
    String path = ARTICLES + "/" + draft.get("id").asLong();
    assertEquals("DRAFT", draft.get("status").asText());
    assertEquals(1, draft.get("revision").asInt());
    String html = draft.get("bodyHtml").asText();
    assertTrue(html.contains("<h1>步驟</h1>"), html);
    assertFalse(html.contains("<script"), html);
    // the payloads may remain as visible (escaped) text, never inside a tag
    assertFalse(Pattern.compile("<[^>]*(javascript:|onerror)").matcher(html).find(), html);

    // drafts never reach readers
    assertProblem(Api.get(path, Tokens.of(REQUESTER)), 404, "not-found");
    assertFalse(listIds(ARTICLES + "?limit=100", REQUESTER).contains(id(draft)));

    String etag = created.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> edited =
        patch(path, EDITOR, etag, "{\"body\":\"# 步驟\\n請先重新啟動網路印表機。\",\"message\":\"更正\"}");
    assertEquals(200, edited.statusCode(), edited.body());
    assertEquals(2, Api.json(edited).get("revision").asInt());

    etag = etagOf(edited);
    HttpResponse<String> submitted = post(path + "/submit", EDITOR, etag, "{}");
    assertEquals("IN_REVIEW", Api.json(submitted).get("status").asText(), submitted.body());
    etag = etagOf(submitted);

    // four eyes: the author may not approve or send back their own change
    JsonNode own = assertProblem(post(path + "/approve", EDITOR, etag, "{}"), 403, "forbidden");
    assertTrue(own.get("detail").asText().contains("four eyes"), own.toString());
    assertProblem(post(path + "/send-back", EDITOR, etag, "{\"comment\":\"x\"}"), 403, "forbidden");
    // sending back needs a comment; editing while in review is refused
    assertProblem(post(path + "/send-back", ADMIN, etag, "{}"), 400, "bad-request");
    assertProblem(patch(path, EDITOR, etag, "{\"title\":\"改標題\"}"), 409, "conflict");

    HttpResponse<String> sentBack =
        post(path + "/send-back", ADMIN, etag, "{\"comment\":\"請補上型號\"}");
    assertEquals("DRAFT", Api.json(sentBack).get("status").asText(), sentBack.body());
    HttpResponse<String> resubmitted = post(path + "/submit", EDITOR, etagOf(sentBack), null);
    HttpResponse<String> approved = post(path + "/approve", ADMIN, etagOf(resubmitted), "{}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("PUBLISHED", Api.json(approved).get("status").asText());

    JsonNode read = Api.json(Api.get(path, Tokens.of(REQUESTER)));
    assertEquals("PUBLISHED", read.get("status").asText());
    assertTrue(read.get("body").asText().contains("網路印表機"), read.toString());
    assertTrue(read.path("pendingChange").isMissingNode(), "readers learn nothing of drafts");
    assertTrue(listIds(ARTICLES + "?limit=100", REQUESTER).contains(id(draft)));

    JsonNode history = Api.json(Api.get(path + "/reviews", Tokens.of(EDITOR)));
    List<String> steps = new ArrayList<>();
    history.forEach(step -> steps.add(step.get("action").asText()));
    assertEquals(List.of("SUBMIT", "SEND_BACK", "SUBMIT", "APPROVE"), steps);
    assertEquals("請補上型號", history.get(1).get("comment").asText());

    // an edit of a published article waits for review; readers keep the published revision
    HttpResponse<String> pending =
        patch(path, EDITOR, etagOf(approved), "{\"title\":\"印表機離線 " + marker + "\"}");
    JsonNode pendingView = Api.json(pending);
    assertEquals("DRAFT", pendingView.get("status").asText(), pending.body());
    assertTrue(pendingView.get("pendingChange").asBoolean());
    assertEquals(2, pendingView.get("publishedRevision").asInt());
    JsonNode stillPublished = Api.json(Api.get(path, Tokens.of(REQUESTER)));
    assertEquals("印表機無法列印 " + marker, stillPublished.get("title").asText());
    assertEquals(2, stillPublished.get("revision").asInt());
    String listedTitle =
        findItem(Api.json(Api.get(ARTICLES + "?limit=100", Tokens.of(REQUESTER))), id(draft))
            .get("title")
            .asText();
    assertEquals("印表機無法列印 " + marker, listedTitle, "lists show the published title too");

    HttpResponse<String> second = post(path + "/submit", EDITOR, etagOf(pending), null);
    HttpResponse<String> approvedAgain = post(path + "/approve", ADMIN, etagOf(second), null);
    assertEquals(200, approvedAgain.statusCode(), approvedAgain.body());
    assertEquals(
        "印表機離線 " + marker, Api.json(Api.get(path, Tokens.of(REQUESTER))).get("title").asText());

    awaitEvents(id(draft), List.of("article.published", "article.updated"));

    HttpResponse<String> archived = post(path + "/archive", EDITOR, etagOf(approvedAgain), null);
    assertEquals("ARCHIVED", Api.json(archived).get("status").asText(), archived.body());
    assertProblem(Api.get(path, Tokens.of(REQUESTER)), 404, "not-found");
    assertProblem(post(path + "/restore", EDITOR, etagOf(archived), null), 403, "forbidden");
    HttpResponse<String> restored = post(path + "/restore", ADMIN, etagOf(archived), null);
    assertEquals("DRAFT", Api.json(restored).get("status").asText(), restored.body());
    assertProblem(Api.get(path, Tokens.of(REQUESTER)), 404, "not-found");
    awaitEvents(id(draft), List.of("article.published", "article.updated", "article.archived"));
  }

  @Test
  void revisionsAreListedComparedAndRestored() {
    JsonNode draft = create(EDITOR, article("VPN 連線逾時", "zh-TW").put("body", "請重新啟動電腦。"));
    String path = ARTICLES + "/" + id(draft);
    HttpResponse<String> second =
        patch(path, EDITOR, "\"" + draft.get("version") + "\"", "{\"body\":\"請重新啟動 VPN 用戶端。\"}");
    assertEquals(200, second.statusCode(), second.body());

    JsonNode revisions = Api.json(Api.get(path + "/revisions", Tokens.of(EDITOR)));
    assertEquals(2, revisions.size());
    assertEquals(2, revisions.get(0).get("number").asInt());
    assertEquals("林美玲", revisions.get(0).get("authorName").asText());
    assertTrue(revisions.get(0).path("body").isMissingNode(), "the list has no content");
    assertEquals(
        "請重新啟動電腦。",
        Api.json(Api.get(path + "/revisions/1", Tokens.of(EDITOR))).get("body").asText());

    JsonNode diff = Api.json(Api.get(path + "/diff?from=1&to=2", Tokens.of(EDITOR)));
    assertEquals("word", diff.get("granularity").asText());
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (JsonNode segment : diff.get("body")) {
      if (segment.get("op").asText().equals("DELETE")) {
        deleted.append(segment.get("text").asText());
      } else if (segment.get("op").asText().equals("INSERT")) {
        inserted.append(segment.get("text").asText());
      }
    }
    assertEquals("電腦", deleted.toString(), diff.toString());
    assertEquals(" VPN 用戶端", inserted.toString(), diff.toString());
    assertEquals(
        200, Api.get(path + "/diff?from=2&to=1&granularity=line", Tokens.of(EDITOR)).statusCode());
    assertProblem(Api.get(path + "/diff?from=1&to=9", Tokens.of(EDITOR)), 404, "not-found");
    assertProblem(Api.get(path + "/diff?from=1", Tokens.of(EDITOR)), 400, "validation");
    assertProblem(Api.get(path + "/revisions", Tokens.of(REQUESTER)), 403, "forbidden");

    HttpResponse<String> restored =
        post(path + "/revisions/1/restore", ADMIN, etagOf(second), "{\"message\":\"退回舊版\"}");
    JsonNode view = Api.json(restored);
    assertEquals(3, view.get("revision").asInt(), restored.body());
    assertEquals("請重新啟動電腦。", view.get("body").asText());
    JsonNode newest = Api.json(Api.get(path + "/revisions", Tokens.of(EDITOR))).get(0);
    assertEquals("退回舊版", newest.get("message").asText());
    assertEquals("張建國", newest.get("authorName").asText());
  }

  @Test
  void updatesNeedTheCurrentEtagAndBadInputIsAProblem() {
    JsonNode draft = create(EDITOR, article("Outlook 無法同步", "zh-TW"));
    String path = ARTICLES + "/" + id(draft);
    String body = "{\"summary\":\"新的摘要\"}";
    assertProblem(patch(path, EDITOR, null, body), 428, "precondition-required");
    assertProblem(patch(path, EDITOR, "*", body), 428, "precondition-required");
    assertProblem(patch(path, EDITOR, "\"999\"", body), 412, "precondition-failed");
    assertProblem(post(path + "/submit", EDITOR, null, null), 428, "precondition-required");

    // a misspelt property is named, not silently dropped (the platform's strict JSON reader)
    JsonNode typo =
        assertProblem(
            post(ARTICLES, EDITOR, null, article("x", "zh-TW").put("titel", "typo").toString()),
            400,
            "bad-request");
    assertTrue(typo.path("detail").asText().contains("titel"), typo.toString());
    Problems.assertHasFieldError(
        assertProblem(post(ARTICLES, EDITOR, null, article(" ", "zh-TW")), 400, "validation"),
        "title");
    assertProblem(post(ARTICLES, EDITOR, null, article("x", "fr")), 400, "validation");
    assertProblem(post(ARTICLES, EDITOR, null, "{\"title\":"), 400, "malformed-json");
    assertProblem(
        post(ARTICLES, EDITOR, null, article("x", "zh-TW").put("audience", "GROUP")),
        400,
        "bad-request");
    assertProblem(
        post(ARTICLES, EDITOR, null, article("x", "zh-TW").put("categoryId", 987654321)),
        404,
        "not-found");
    assertProblem(post(ARTICLES, REQUESTER, null, article("x", "zh-TW")), 403, "forbidden");
    assertProblem(Api.get(ARTICLES + "?status=DRAFT", Tokens.of(REQUESTER)), 403, "forbidden");
    assertProblem(Api.get(ARTICLES + "?cursor=garbage", Tokens.of(REQUESTER)), 400, "bad-request");
    assertProblem(Api.get(ARTICLES + "/abc", Tokens.of(REQUESTER)), 400, "bad-request");
    assertProblem(Api.get(ARTICLES + "/987654321", Tokens.of(REQUESTER)), 404, "not-found");

    JsonNode zh =
        assertProblem(
            Api.send(
                Api.request(path + "/approve", Tokens.of(ADMIN))
                    .header("Accept-Language", "zh-TW")
                    .header("If-Match", "\"" + draft.get("version") + "\"")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))),
            409,
            "conflict");
    assertTrue(zh.get("detail").asText().contains("狀態"), zh.toString());
  }

  @Test
  void readersSeeOnlyTheirAudience() {
    JsonNode agentsOnly = publish(article("內部：重設 AD 密碼流程", "zh-TW").put("audience", "AGENTS"));
    JsonNode finance =
        publish(
            article("財務系統操作", "zh-TW").put("audience", "GROUP").put("audienceGroup", "finance"));
    JsonNode everyone = publish(article("如何連上訪客 Wi-Fi", "zh-TW"));

    assertProblem(Api.get(ARTICLES + "/" + id(agentsOnly), Tokens.of(REQUESTER)), 404, "not-found");
    assertEquals(200, Api.get(ARTICLES + "/" + id(agentsOnly), Tokens.of(AGENT)).statusCode());
    assertProblem(Api.get(ARTICLES + "/" + id(finance), Tokens.of(AGENT)), 404, "not-found");
    assertEquals(200, Api.get(ARTICLES + "/" + id(finance), Tokens.of(EDITOR)).statusCode());
    assertEquals(200, Api.get(ARTICLES + "/" + id(everyone), Tokens.of(REQUESTER)).statusCode());

    List<Long> requesterSees = listIds(ARTICLES + "?limit=100", REQUESTER);
    assertTrue(requesterSees.contains(id(everyone)));
    assertFalse(requesterSees.contains(id(agentsOnly)));
    assertFalse(requesterSees.contains(id(finance)));
    assertTrue(listIds(ARTICLES + "?limit=100", AGENT).contains(id(agentsOnly)));

    // feedback: only on what the reader may read; the owner reads it, others may not
    assertProblem(
        post(ARTICLES + "/" + id(agentsOnly) + "/feedback", REQUESTER, null, "{\"helpful\":true}"),
        404,
        "not-found");
    HttpResponse<String> given =
        post(
            ARTICLES + "/" + id(everyone) + "/feedback",
            REQUESTER,
            null,
            "{\"helpful\":false,\"comment\":\"缺少 iPhone 的步驟\"}");
    assertEquals(201, given.statusCode(), given.body());
    assertProblem(
        Api.get(ARTICLES + "/" + id(everyone) + "/feedback", Tokens.of(REQUESTER)),
        403,
        "forbidden");
    JsonNode feedback =
        Api.json(Api.get(ARTICLES + "/" + id(everyone) + "/feedback", Tokens.of(EDITOR)));
    assertEquals("缺少 iPhone 的步驟", feedback.get(0).get("comment").asText());
    assertFalse(feedback.get(0).get("helpful").asBoolean());

    // views are counted through the cache port
    long before =
        Api.json(Api.get(ARTICLES + "/" + id(everyone), Tokens.of(REQUESTER)))
            .get("viewCount")
            .asLong();
    long after =
        Api.json(Api.get(ARTICLES + "/" + id(everyone), Tokens.of(REQUESTER)))
            .get("viewCount")
            .asLong();
    assertEquals(before + 1, after);
  }

  @Test
  void translationsAreLinkedFallBackAndGetOutdated() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    JsonNode zh = publish(article("重設密碼 " + marker, "zh-TW"));
    JsonNode zhOnly = publish(article("只有中文 " + marker, "zh-TW"));
    HttpResponse<String> created =
        post(
            ARTICLES + "/" + id(zh) + "/translations",
            EDITOR,
            null,
            "{\"locale\":\"en\",\"title\":\"Reset your password "
                + marker
                + "\",\"body\":\"Open the portal.\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonNode en = Api.json(created);
    assertEquals("en", en.get("locale").asText());
    assertEquals(id(zh), en.get("translations").get(0).get("id").asLong());
    assertProblem(
        post(
            ARTICLES + "/" + id(zh) + "/translations",
            EDITOR,
            null,
            "{\"locale\":\"en\",\"title\":\"Again\",\"body\":\"x\"}"),
        409,
        "conflict");
    approveAs(en);

    JsonNode page = Api.json(Api.get(ARTICLES + "?locale=en&limit=100", Tokens.of(REQUESTER)));
    assertFalse(findItem(page, id(en)).get("fallback").asBoolean());
    assertTrue(findItem(page, id(zhOnly)).get("fallback").asBoolean(), "no English version");
    assertEquals(null, findItemOrNull(page, id(zh)), "its English version is listed instead");

    JsonNode fallbackRead =
        Api.json(Api.get(ARTICLES + "/" + id(zhOnly) + "?locale=en", Tokens.of(REQUESTER)));
    assertTrue(fallbackRead.get("fallback").asBoolean());

    // the source changes: the translation is flagged outdated until it is updated
    JsonNode source = Api.json(Api.get(ARTICLES + "/" + id(zh), Tokens.of(EDITOR)));
    HttpResponse<String> sourceEdit =
        patch(
            ARTICLES + "/" + id(zh),
            EDITOR,
            "\"" + source.get("version") + "\"",
            "{\"body\":\"請改用新的入口網站。\"}");
    assertEquals(200, sourceEdit.statusCode(), sourceEdit.body());
    JsonNode enNow = Api.json(Api.get(ARTICLES + "/" + id(en), Tokens.of(EDITOR)));
    assertTrue(enNow.get("outdated").asBoolean(), enNow.toString());
    HttpResponse<String> caughtUp =
        patch(
            ARTICLES + "/" + id(en),
            EDITOR,
            "\"" + enNow.get("version") + "\"",
            "{\"body\":\"Use the new portal.\"}");
    assertFalse(Api.json(caughtUp).get("outdated").asBoolean(), caughtUp.body());
  }

  @Test
  void categoriesAreAdminManagedAndFilterArticles() {
    HttpResponse<String> root =
        post(
            "/api/knowledge/categories",
            ADMIN,
            null,
            "{\"nameZhTw\":\"網路\",\"nameEn\":\"Network\"}");
    assertEquals(201, root.statusCode(), root.body());
    long rootId = Api.json(root).get("id").asLong();
    JsonNode child =
        Api.json(
            post(
                "/api/knowledge/categories",
                ADMIN,
                null,
                "{\"parentId\":" + rootId + ",\"nameZhTw\":\"VPN\",\"nameEn\":\"VPN\"}"));
    assertProblem(
        post("/api/knowledge/categories", EDITOR, null, "{\"nameZhTw\":\"x\",\"nameEn\":\"x\"}"),
        403,
        "forbidden");
    assertProblem(
        patch(
            "/api/knowledge/categories/" + rootId,
            ADMIN,
            etagOf(root),
            "{\"parentId\":" + child.get("id").asLong() + "}"),
        409,
        "conflict");

    JsonNode inChild =
        publish(article("VPN 憑證過期", "zh-TW").put("categoryId", child.get("id").asLong()));
    List<Long> inRoot = listIds(ARTICLES + "?categoryId=" + rootId + "&limit=100", REQUESTER);
    assertTrue(inRoot.contains(id(inChild)), "a category lists its subcategories' articles");
    assertProblem(
        Api.send(
            Api.request("/api/knowledge/categories/" + rootId, Tokens.of(ADMIN))
                .header("If-Match", etagOf(root))
                .DELETE()),
        409,
        "conflict");
    JsonNode all = Api.json(Api.get("/api/knowledge/categories", Tokens.of(REQUESTER)));
    assertTrue(all.size() >= 2);
  }

  @Test
  void ownersSeeTheirArticlesPastTheReviewDate() {
    JsonNode due =
        create(
            EDITOR,
            article("過期的 SOP", "zh-TW").put("reviewBy", LocalDate.now().minusDays(3).toString()));
    JsonNode notDue =
        create(
            EDITOR,
            article("還有效的 SOP", "zh-TW").put("reviewBy", LocalDate.now().plusDays(30).toString()));
    List<Long> mine = new ArrayList<>();
    Api.json(Api.get(ARTICLES + "/due-for-review", Tokens.of(EDITOR)))
        .forEach(a -> mine.add(a.get("id").asLong()));
    assertTrue(mine.contains(id(due)));
    assertFalse(mine.contains(id(notDue)));
    List<Long> admins = new ArrayList<>();
    Api.json(Api.get(ARTICLES + "/due-for-review", Tokens.of(ADMIN)))
        .forEach(a -> admins.add(a.get("id").asLong()));
    assertFalse(admins.contains(id(due)), "admin1 owns none of these");
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyReplaysTheFirstResult() {
    String key = "kn-" + UUID.randomUUID();
    String body = article("重送的文章", "zh-TW").toString();
    HttpResponse<String> first = Api.send(withKey(key, body));
    assertEquals(201, first.statusCode(), first.body());
    HttpResponse<String> retry = Api.send(withKey(key, body));
    assertEquals(201, retry.statusCode(), retry.body());
    assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(id(Api.json(first)), id(Api.json(retry)));
    assertProblem(Api.send(withKey(key, article("另一篇", "zh-TW").toString())), 409, "conflict");
  }

  private static HttpRequest.Builder withKey(String key, String body) {
    return Api.request(ARTICLES, Tokens.of(EDITOR))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  @Test
  void attachmentsAreReadWithTheArticlesAudienceOnly() {
    JsonNode open = publish(article("螢幕截圖說明", "zh-TW"));
    JsonNode internal = publish(article("內部截圖", "zh-TW").put("audience", "AGENTS"));
    byte[] png = png();

    HttpResponse<String> uploaded = upload(open, "畫面 1.png", "image/png", png, EDITOR);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonNode attachment = Api.json(uploaded);
    assertEquals("image/png", attachment.get("contentType").asText());
    assertEquals(png.length, attachment.get("size").asInt());
    String url = attachment.get("url").asText();

    HttpResponse<byte[]> read = bytes(url, REQUESTER, null);
    assertEquals(200, read.statusCode());
    assertTrue(java.util.Arrays.equals(png, read.body()));
    assertTrue(read.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
    assertTrue(read.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
    HttpResponse<byte[]> part = bytes(url, REQUESTER, "bytes=0-3");
    assertEquals(206, part.statusCode());
    assertEquals(4, part.body().length);
    assertEquals(
        1,
        Api.json(Api.get(ARTICLES + "/" + id(open) + "/attachments", Tokens.of(REQUESTER))).size());

    String internalUrl =
        Api.json(upload(internal, "x.png", "image/png", png, EDITOR)).get("url").asText();
    assertEquals(404, bytes(internalUrl, REQUESTER, null).statusCode());
    assertEquals(200, bytes(internalUrl, AGENT, null).statusCode());
    // an attachment is only reachable through its own article
    String wrongArticle = internalUrl.replace("/" + id(internal) + "/", "/" + id(open) + "/");
    assertEquals(404, bytes(wrongArticle, AGENT, null).statusCode());

    assertProblem(upload(open, "x.png", "image/png", png, REQUESTER), 403, "forbidden");
    byte[] html =
        "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertProblem(upload(open, "x.png", "image/png", html, EDITOR), 415, "unsupported-media-type");
  }

  static byte[] png() {
    // the PNG signature and an IHDR chunk are what the detector reads
    return new byte[] {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      6,
      0,
      0,
      0,
      0x1f,
      0x15,
      (byte) 0xc4,
      (byte) 0x89
    };
  }

  static HttpResponse<String> upload(
      JsonNode article, String name, String type, byte[] content, String user) {
    return Api.send(
        Api.request(
                ARTICLES
                    + "/"
                    + id(article)
                    + "/attachments?name="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                Tokens.of(user))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  static HttpResponse<byte[]> bytes(String url, String user, String range) {
    HttpRequest.Builder request = Api.request(url, Tokens.of(user)).GET();
    if (range != null) {
      request.header("Range", range);
    }
    return Api.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  // --- helpers

  static ObjectNode article(String title, String locale) {
    return Api.JSON
        .createObjectNode()
        .put("title", title)
        .put("summary", "摘要")
        .put("body", "內容：" + title)
        .put("locale", locale);
  }

  static JsonNode create(String user, ObjectNode article) {
    HttpResponse<String> created = post(ARTICLES, user, null, article);
    assertEquals(201, created.statusCode(), created.body());
    return Api.json(created);
  }

  /** Written by editor1, approved by admin1. */
  static JsonNode publish(ObjectNode article) {
    return approveAs(create(EDITOR, article));
  }

  static JsonNode approveAs(JsonNode draft) {
    String path = ARTICLES + "/" + id(draft);
    HttpResponse<String> submitted =
        post(path + "/submit", EDITOR, "\"" + draft.get("version") + "\"", null);
    assertEquals(200, submitted.statusCode(), submitted.body());
    HttpResponse<String> approved = post(path + "/approve", ADMIN, etagOf(submitted), null);
    assertEquals(200, approved.statusCode(), approved.body());
    return Api.json(approved);
  }

  static long id(JsonNode article) {
    return article.get("id").asLong();
  }

  static String etagOf(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("ETag")
        .orElseThrow(() -> new AssertionError(response.body()));
  }

  static List<Long> listIds(String path, String user) {
    List<Long> ids = new ArrayList<>();
    Api.json(Api.get(path, Tokens.of(user)))
        .get("items")
        .forEach(a -> ids.add(a.get("id").asLong()));
    return ids;
  }

  static JsonNode findItem(JsonNode page, long id) {
    JsonNode found = findItemOrNull(page, id);
    if (found == null) {
      throw new AssertionError("article " + id + " not in " + page);
    }
    return found;
  }

  static JsonNode findItemOrNull(JsonNode page, long id) {
    for (JsonNode item : page.get("items")) {
      if (item.get("id").asLong() == id) {
        return item;
      }
    }
    return null;
  }

  static HttpResponse<String> post(String path, String user, String ifMatch, Object json) {
    HttpRequest.Builder request =
        Api.request(path, Tokens.of(user))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json.toString()));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  static HttpResponse<String> patch(String path, String user, String ifMatch, String json) {
    HttpRequest.Builder request =
        Api.request(path, Tokens.of(user))
            .header("Content-Type", "application/merge-patch+json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return Api.send(request);
  }

  /** The article's events, in order, once the relay published them. */
  static void awaitEvents(long articleId, List<String> types) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(() -> assertEquals(types, publishedEvents(articleId)));
  }

  static List<String> publishedEvents(long articleId) throws Exception {
    try (Connection db =
            DriverManager.getConnection(
                Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
        PreparedStatement query =
            db.prepareStatement(
                "SELECT event_type FROM knowledge.outbox WHERE aggregate_id = ?"
                    + " AND topic = 'knowledge.events' AND published_at IS NOT NULL ORDER BY seq")) {
      query.setString(1, Long.toString(articleId));
      List<String> types = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          types.add(rows.getString(1));
        }
      }
      return types;
    }
  }
}
