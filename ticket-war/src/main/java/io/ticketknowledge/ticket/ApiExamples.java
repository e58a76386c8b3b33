package io.ticketknowledge.ticket;

/**
 * JSON examples the OpenAPI annotations of the resources share (annotation values must be
 * constants). Shapes follow the views ({@code TicketView}, {@code CommentView}, …); {@code
 * OpenApiExamplesTest} fails for an operation without examples.
 */
public final class ApiExamples {

  private ApiExamples() {}

  public static final String TICKET =
      "{\"id\":123,\"number\":\"TK-2026-000123\",\"subject\":\"三樓印表機無法列印\","
          + "\"description\":\"從早上開始無法列印。\",\"descriptionHtml\":\"<p>從早上開始無法列印。</p>\","
          + "\"type\":\"INCIDENT\",\"categoryId\":4,\"status\":\"OPEN\",\"impact\":\"MEDIUM\","
          + "\"urgency\":\"HIGH\",\"priority\":\"P2\",\"priorityOverridden\":false,"
          + "\"requester\":{\"id\":\"u-1001\",\"name\":\"王小明\"},\"department\":\"財務部\","
          + "\"groupId\":2,\"assignee\":{\"id\":\"u-2001\",\"name\":\"陳志豪\"},"
          + "\"tags\":[\"printer\"],\"watcherIds\":[],\"customFields\":{\"floor\":3},"
          + "\"createdAt\":\"2026-03-02T01:15:00Z\",\"updatedAt\":\"2026-03-02T02:40:00Z\","
          + "\"version\":4}";

  public static final String TICKET_PAGE =
      "{\"items\":[" + TICKET + "],\"nextCursor\":\"LWlkOjEyMw\"}";

  public static final String COMMENT =
      "{\"id\":901,\"ticketId\":123,\"author\":{\"id\":\"u-2001\",\"name\":\"陳志豪\"},"
          + "\"body\":\"請重新啟動印表機後再試一次。\",\"bodyHtml\":\"<p>請重新啟動印表機後再試一次。</p>\","
          + "\"internal\":false,\"mentions\":[],\"createdAt\":\"2026-03-02T02:40:00Z\","
          + "\"version\":1}";

  public static final String NEW_COMMENT =
      "{\"body\":\"已更換碳粉匣，請 @u-2002 確認。\",\"internal\":true,\"mentions\":[\"u-2002\"]}";

  public static final String COMMENT_CHANGES = "{\"body\":\"請重新啟動印表機，再列印測試頁。\"}";

  public static final String TICKET_REF =
      "{\"id\":124,\"number\":\"TK-2026-000124\",\"subject\":\"四樓印表機卡紙\"," + "\"status\":\"OPEN\"}";

  public static final String LINK =
      "{\"id\":55,\"type\":\"PARENT_OF\",\"ticket\":"
          + TICKET_REF
          + ",\"createdBy\":\"u-2001\",\"createdAt\":\"2026-03-02T03:00:00Z\"}";

  public static final String LINKS =
      "{\"links\":[" + LINK + "],\"mergedFrom\":[],\"linkedArticleIds\":[42]}";

  public static final String NEW_LINK = "{\"type\":\"PARENT_OF\",\"ticketId\":124}";

  public static final String MERGED =
      "{\"source\":" + TICKET + ",\"target\":" + TICKET + ",\"movedComments\":3}";

  public static final String WATCHERS = "[\"u-1001\",\"u-1002\"]";

  public static final String NEW_WATCHER = "{\"userId\":\"u-1002\"}";

  public static final String SEARCH_PAGE =
      "{\"items\":[{\"id\":123,\"subject\":\"三樓印表機無法列印\",\"status\":\"OPEN\","
          + "\"priority\":\"P2\",\"requester\":{\"id\":\"u-1001\",\"name\":\"王小明\"},"
          + "\"createdAt\":\"2026-03-02T01:15:00Z\",\"updatedAt\":\"2026-03-02T02:40:00Z\","
          + "\"version\":4,\"score\":7.2,\"highlights\":{\"subject\":\"三樓<mark>印表機</mark>無法列印\","
          + "\"publicComments\":\"請重新啟動<mark>印表機</mark>後再試一次\"}}],\"total\":1,"
          + "\"facets\":{\"status\":[{\"value\":\"OPEN\",\"count\":1}],"
          + "\"priority\":[{\"value\":\"P2\",\"count\":1}]},\"nextCursor\":null}";

  public static final String SAVED_VIEW =
      "{\"id\":7,\"name\":\"我的 VPN 工單\",\"ownerId\":\"u-2001\",\"shared\":true,"
          + "\"groupId\":2,\"filter\":{\"status\":\"OPEN,PENDING\",\"tag\":\"vpn\"},"
          + "\"sort\":\"-updatedAt\",\"createdAt\":\"2026-03-02T01:00:00Z\","
          + "\"updatedAt\":\"2026-03-02T01:00:00Z\",\"version\":1}";

  public static final String SAVED_VIEWS = "[" + SAVED_VIEW + "]";

  public static final String GROUP =
      "{\"id\":2,\"name\":\"服務台 Service Desk\",\"description\":\"第一線支援\","
          + "\"members\":[{\"userId\":\"u-2001\",\"name\":\"陳志豪\"}],\"version\":3}";

  public static final String NEW_GROUP =
      "{\"name\":\"網路與帳號 Network & Accounts\",\"description\":\"VPN、Wi-Fi、帳號\","
          + "\"members\":[{\"userId\":\"u-2001\",\"name\":\"陳志豪\"}]}";

  public static final String GROUP_CHANGES = "{\"description\":\"VPN、Wi-Fi、帳號與密碼\"}";

  public static final String CATEGORY =
      "{\"id\":4,\"parentId\":1,\"nameZhTw\":\"印表機\",\"nameEn\":\"Printers\","
          + "\"active\":true,\"version\":1}";

  public static final String NEW_CATEGORY =
      "{\"parentId\":1,\"nameZhTw\":\"印表機\",\"nameEn\":\"Printers\"}";

  public static final String CATEGORY_CHANGES = "{\"nameEn\":\"Printers and scanners\"}";

  public static final String CUSTOM_FIELD =
      "{\"id\":3,\"key\":\"floor\",\"labelZh\":\"樓層\",\"labelEn\":\"Floor\","
          + "\"type\":\"NUMBER\",\"required\":false,\"requesterEditable\":true,\"min\":1,"
          + "\"max\":30,\"options\":[],\"ticketTypes\":[\"INCIDENT\"],\"position\":2,"
          + "\"active\":true,\"version\":1}";

  public static final String CUSTOM_FIELDS = "[" + CUSTOM_FIELD + "]";

  public static final String NEW_CUSTOM_FIELD =
      "{\"key\":\"floor\",\"labelZh\":\"樓層\",\"labelEn\":\"Floor\",\"type\":\"NUMBER\","
          + "\"min\":1,\"max\":30,\"requesterEditable\":true,\"ticketTypes\":[\"INCIDENT\"]}";

  public static final String CUSTOM_FIELD_CHANGES =
      "{\"labelEn\":\"Floor (building A)\",\"max\":35}";

  public static final String ATTACHMENT =
      "{\"id\":\"6f1c2a9e-3b1d-4c55-9a51-0c3f5e2b7d10\",\"ticketId\":123,\"commentId\":null,"
          + "\"fileName\":\"印表機錯誤畫面.png\",\"contentType\":\"image/png\",\"size\":48213,"
          + "\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
          + "\"internal\":false,\"uploader\":{\"id\":\"u-1001\",\"name\":\"王小明\"},"
          + "\"createdAt\":\"2026-03-02T01:20:00Z\","
          + "\"url\":\"/api/ticket/tickets/123/attachments/6f1c2a9e-3b1d-4c55-9a51-0c3f5e2b7d10\"}";

  public static final String ATTACHMENTS = "[" + ATTACHMENT + "]";

  public static final String REINDEX_STATUS =
      "{\"state\":\"RUNNING\",\"index\":\"tickets\",\"targetGeneration\":\"tk-tickets-v5-k3x9\","
          + "\"done\":40000,\"total\":100000,\"docsPerSecond\":2100.5,\"etaSeconds\":29,"
          + "\"resumed\":false,\"caughtUp\":0,\"startedAt\":\"2026-03-02T01:00:00Z\"}";

  public static final String CALENDAR =
      "{\"id\":1,\"name\":\"台北辦公室\",\"timeZone\":\"Asia/Taipei\","
          + "\"week\":{\"MONDAY\":[\"09:00-12:00\",\"13:00-18:00\"],"
          + "\"FRIDAY\":[\"09:00-12:00\",\"13:00-18:00\"]},\"exceptionDays\":21,"
          + "\"updatedAt\":\"2026-01-05T02:00:00Z\",\"version\":3}";

  public static final String CALENDARS = "[" + CALENDAR + "]";

  public static final String CALENDAR_REQUEST =
      "{\"name\":\"台北辦公室\",\"timeZone\":\"Asia/Taipei\","
          + "\"week\":{\"MON\":[\"09:00-12:00\",\"13:00-18:00\"],"
          + "\"FRI\":[\"09:00-12:00\",\"13:00-18:00\"]}}";

  public static final String CALENDAR_DAY =
      "{\"date\":\"2026-02-17\",\"kind\":\"HOLIDAY\",\"note\":\"春節\",\"hours\":[]}";

  public static final String CALENDAR_DAYS = "[" + CALENDAR_DAY + "]";

  public static final String CALENDAR_DAY_REQUEST = "{\"kind\":\"HOLIDAY\",\"note\":\"春節\"}";

  public static final String CALENDAR_CSV =
      "西元日期,星期,是否放假,備註\n20260217,二,2,春節\n20260131,六,0,補行上班日\n";

  public static final String IMPORT_SUMMARY =
      "{\"calendar\":" + CALENDAR + ",\"days\":[" + CALENDAR_DAY + "],\"unchanged\":3}";

  public static final String WORKING_TIME =
      "{\"from\":\"2026-03-02T09:00:00+08:00\",\"to\":\"2026-03-03T17:00:00+08:00\","
          + "\"workingTime\":\"PT16H\"}";

  public static final String SLA_POLICY =
      "{\"id\":2,\"name\":\"P1 事件\",\"position\":10,\"calendarId\":1,"
          + "\"match\":{\"priorities\":[\"P1\"],\"types\":[\"INCIDENT\"],\"categoryIds\":[],"
          + "\"departments\":[]},\"targets\":{\"firstResponse\":\"PT30M\","
          + "\"nextResponse\":\"PT2H\",\"resolution\":\"PT4H\"},\"warningPercent\":80,"
          + "\"onWarning\":{\"notifies\":true,\"groupId\":null},"
          + "\"onBreach\":{\"notifies\":true,\"groupId\":3},"
          + "\"updatedAt\":\"2026-01-05T02:00:00Z\",\"version\":1}";

  public static final String SLA_POLICIES = "[" + SLA_POLICY + "]";

  public static final String SLA_POLICY_REQUEST =
      "{\"name\":\"P1 事件\",\"position\":10,\"calendarId\":1,"
          + "\"match\":{\"priorities\":[\"P1\"],\"types\":[\"INCIDENT\"]},"
          + "\"targets\":{\"firstResponse\":\"PT30M\",\"nextResponse\":\"PT2H\","
          + "\"resolution\":\"PT4H\"},\"warningPercent\":80,"
          + "\"onBreach\":{\"notifies\":true,\"groupId\":3}}";

  public static final String SLA_CHECK_RUN = "{\"noticed\":2}";

  public static final String SLA_TIMELINE =
      "{\"ticketId\":123,\"policy\":\"P1 事件\",\"evaluatedAt\":\"2026-03-02T03:00:00Z\","
          + "\"clocks\":[{\"metric\":\"RESOLUTION\",\"state\":\"RUNNING\",\"target\":\"PT4H\","
          + "\"consumed\":\"PT1H\",\"remaining\":\"PT3H\",\"dueAt\":\"2026-03-02T06:00:00Z\","
          + "\"warned\":false,\"breached\":false}],\"entries\":[{\"at\":\"2026-03-02T01:15:00Z\","
          + "\"metric\":\"RESOLUTION\",\"kind\":\"STARTED\",\"consumed\":\"PT0S\","
          + "\"target\":\"PT4H\",\"policy\":\"P1 事件\"}]}";
}
