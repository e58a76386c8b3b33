package io.ticketknowledge.ticket.macros.boundary;

/**
 * JSON examples of the macro resources' OpenAPI annotations (annotation values must be constants).
 * Shapes follow {@link MacroRequest}, {@link MacroView} and {@code MacroApplied}.
 */
final class MacroExamples {

  private MacroExamples() {}

  static final String MACRO_REQUEST =
      "{\"name\":\"需要更多資訊 Need more information\",\"shared\":false,"
          + "\"replyZh\":\"{{requester.name}} 您好，關於 {{ticket.number}}，請提供錯誤畫面截圖。"
          + "—— {{agent.name}}\",\"replyEn\":\"Hello {{requester.name}}, about {{ticket.number}}:"
          + " please send a screenshot of the error. — {{agent.name}}\",\"internal\":false,"
          + "\"changes\":{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\","
          + "\"addTags\":[\"need-info\"]}}";

  static final String MACRO =
      "{\"id\":15,\"name\":\"需要更多資訊 Need more information\",\"shared\":false,"
          + "\"ownerId\":\"u-2001\","
          + "\"replyZh\":\"{{requester.name}} 您好，關於 {{ticket.number}}，請提供錯誤畫面截圖。"
          + "—— {{agent.name}}\",\"replyEn\":\"Hello {{requester.name}}, about {{ticket.number}}:"
          + " please send a screenshot of the error. — {{agent.name}}\",\"internal\":false,"
          + "\"changes\":{\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\","
          + "\"addTags\":[\"need-info\"]},"
          + "\"updatedAt\":\"2026-03-02T01:15:00Z\",\"version\":0}";

  static final String SHARED_MACRO =
      "{\"id\":3,\"name\":\"已解決 Resolved\",\"shared\":true,\"ownerId\":\"u-9001\","
          + "\"replyZh\":\"{{requester.name}} 您好，{{ticket.number}} 已處理完成，"
          + "如仍有問題請直接回覆。\",\"replyEn\":\"Hello {{requester.name}}, {{ticket.number}}"
          + " is solved; reply if the problem comes back.\",\"internal\":false,"
          + "\"changes\":{\"status\":\"RESOLVED\",\"resolution\":\"已協助處理。Solved with the"
          + " requester.\"},\"updatedAt\":\"2026-02-20T06:30:00Z\",\"version\":1}";

  static final String MACROS = "[" + SHARED_MACRO + "," + MACRO + "]";

  /** The ticket after the "need more information" macro, and the reply it wrote. */
  static final String MACRO_APPLIED =
      "{\"ticket\":{\"id\":123,\"number\":\"TK-2026-000123\",\"subject\":\"三樓印表機無法列印\","
          + "\"description\":\"從早上開始無法列印。\","
          + "\"descriptionHtml\":\"<p>從早上開始無法列印。</p>\",\"type\":\"INCIDENT\","
          + "\"categoryId\":4,\"status\":\"PENDING\",\"pendingReason\":\"WAITING_ON_REQUESTER\","
          + "\"impact\":\"MEDIUM\",\"urgency\":\"HIGH\",\"priority\":\"P2\","
          + "\"priorityOverridden\":false,\"requester\":{\"id\":\"u-1001\",\"name\":\"王小明\"},"
          + "\"department\":\"財務部\",\"groupId\":2,"
          + "\"assignee\":{\"id\":\"u-2001\",\"name\":\"陳志豪\"},"
          + "\"tags\":[\"printer\",\"need-info\"],\"customFields\":{\"floor\":3},"
          + "\"createdAt\":\"2026-03-02T01:15:00Z\",\"updatedAt\":\"2026-03-02T03:05:00Z\","
          + "\"version\":5},"
          + "\"comment\":{\"id\":905,\"ticketId\":123,"
          + "\"author\":{\"id\":\"u-2001\",\"name\":\"陳志豪\"},"
          + "\"body\":\"王小明 您好，關於 TK-2026-000123，請提供錯誤畫面截圖。—— 陳志豪\","
          + "\"bodyHtml\":\"<p>王小明 您好，關於 TK-2026-000123，請提供錯誤畫面截圖。—— 陳志豪</p>\","
          + "\"internal\":false,\"mentions\":[],\"createdAt\":\"2026-03-02T03:05:00Z\","
          + "\"version\":1}}";
}
