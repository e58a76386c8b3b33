package io.ticketknowledge.ticket.mail.boundary;

/**
 * JSON examples of the mail API's OpenAPI annotations (annotation values must be constants). Shapes
 * follow {@code OutboundMail.Run}, {@code InboundMailbox.Poll}, {@link MailNotificationView} and
 * {@link InboundMailView}: the times are the database's timestamps as text, absent fields the null
 * ones (JSON-B leaves them out).
 */
final class MailExamples {

  private MailExamples() {}

  static final String OUTBOUND_RUN = "{\"queued\":4,\"sent\":3,\"failed\":1}";

  static final String INBOUND_POLL = "{\"read\":3,\"imported\":2,\"ignored\":1,\"failed\":0}";

  static final String NOTIFICATIONS =
      "[{\"id\":88,\"kind\":\"PUBLIC_REPLY\",\"recipientId\":\"u-1001\","
          + "\"recipient\":\"xiaoming.wang@example.com\",\"language\":\"zh-TW\","
          + "\"subject\":\"[TK-2026-000123] 新回覆：三樓印表機無法列印\","
          + "\"messageId\":\"<tk.3f2b9c4e-7a1d-4e8b-b6c5-0d2e4f6a8b1c.t123@support.example.com>\","
          + "\"status\":\"SENT\",\"attempts\":1,\"createdAt\":\"2026-03-02 02:40:05.123456\","
          + "\"sentAt\":\"2026-03-02 02:40:31.902117\"},"
          + "{\"id\":87,\"kind\":\"TICKET_OPENED_AGENT\",\"recipientId\":\"u-2003\","
          + "\"recipient\":\"alex.lin@example.com\",\"language\":\"en\","
          + "\"subject\":\"[TK-2026-000123] New ticket: 三樓印表機無法列印\","
          + "\"messageId\":\"<tk.8e1a2b3c-4d5e-4f60-9a7b-8c9d0e1f2a3b.t123@support.example.com>\","
          + "\"status\":\"PENDING\",\"attempts\":1,"
          + "\"lastError\":\"451 4.3.0 Temporary local problem, try again later\","
          + "\"createdAt\":\"2026-03-02 01:15:04.55021\"}]";

  static final String INBOUND =
      "[{\"id\":311,\"messageId\":\"<CAF7x2Qk9d@mail.example.com>\","
          + "\"sender\":\"xiaoming.wang@example.com\","
          + "\"subject\":\"Re: [TK-2026-000123] 新回覆：三樓印表機無法列印\","
          + "\"outcome\":\"COMMENT_ADDED\",\"ticketId\":123,\"commentId\":905,"
          + "\"detail\":\"threaded by IN_REPLY_TO\",\"receivedAt\":\"2026-03-02 03:05:12.30871\"},"
          + "{\"id\":310,\"messageId\":\"<20260302021144.4F2A1@mail.example.com>\","
          + "\"sender\":\"xiaoming.wang@example.com\",\"subject\":\"自動回覆：不在辦公室\","
          + "\"outcome\":\"AUTO_REPLY\",\"receivedAt\":\"2026-03-02 02:41:10.018443\"},"
          + "{\"id\":309,\"messageId\":\"<a1b2c3d4@mail.example.com>\","
          + "\"sender\":\"mei.chen@example.com\",\"subject\":\"VPN 無法連線\","
          + "\"outcome\":\"TICKET_CREATED\",\"ticketId\":125,"
          + "\"receivedAt\":\"2026-03-02 01:58:47.774102\"}]";
}
