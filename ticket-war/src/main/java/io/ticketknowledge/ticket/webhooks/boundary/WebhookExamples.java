package io.ticketknowledge.ticket.webhooks.boundary;

/**
 * JSON examples of the webhook API's OpenAPI annotations (annotation values must be constants).
 * Shapes follow {@link WebhookRequest}, {@link WebhookView} and {@link DeliveryView}; absent fields
 * are the null ones, which JSON-B leaves out. The secrets are made up.
 */
final class WebhookExamples {

  private WebhookExamples() {}

  static final String REQUEST =
      "{\"url\":\"https://hooks.example.com/tk\",\"description\":\"CMDB 同步\","
          + "\"eventTypes\":[\"ticket.opened\",\"ticket.resolved\"],\"active\":true}";

  static final String REDEFINE_REQUEST =
      "{\"url\":\"https://hooks.example.com/tk\",\"description\":\"CMDB 同步（含結案）\","
          + "\"eventTypes\":[\"ticket.opened\",\"ticket.resolved\",\"ticket.closed\"],"
          + "\"active\":true}";

  private static final String FIELDS =
      "\"id\":12,\"url\":\"https://hooks.example.com/tk\",\"description\":\"CMDB 同步\","
          + "\"eventTypes\":[\"ticket.opened\",\"ticket.resolved\"],\"active\":true,"
          + "\"createdBy\":\"u-9001\",\"createdAt\":\"2026-03-02T01:00:00Z\"";

  /** As read: never with its secret. */
  static final String WEBHOOK =
      "{" + FIELDS + ",\"updatedAt\":\"2026-03-02T01:00:00Z\",\"version\":1}";

  static final String WEBHOOKS = "[" + WEBHOOK + "]";

  /** The answer to a creation: the only time the secret is shown. */
  static final String CREATED =
      "{"
          + FIELDS
          + ",\"updatedAt\":\"2026-03-02T01:00:00Z\",\"version\":1,"
          + "\"secret\":\"whsec_exampleOnlyNotARealSecret0000000000000\"}";

  static final String REDEFINED =
      "{\"id\":12,\"url\":\"https://hooks.example.com/tk\","
          + "\"description\":\"CMDB 同步（含結案）\","
          + "\"eventTypes\":[\"ticket.opened\",\"ticket.resolved\",\"ticket.closed\"],"
          + "\"active\":true,\"createdBy\":\"u-9001\",\"createdAt\":\"2026-03-02T01:00:00Z\","
          + "\"updatedAt\":\"2026-03-05T08:30:00Z\",\"version\":2}";

  /** The answer to a rotation: the new secret, once. */
  static final String ROTATED =
      "{"
          + FIELDS
          + ",\"updatedAt\":\"2026-03-09T02:00:00Z\",\"version\":2,"
          + "\"secret\":\"whsec_exampleRotatedNotARealSecret000000000\"}";

  private static final String DELIVERED =
      "{\"id\":3052,\"webhookId\":12,\"eventId\":\"0d9c6a1e-5b7f-4c2a-9e31-8f4b2d7c6a10\","
          + "\"eventType\":\"ticket.resolved\",\"status\":\"DELIVERED\",\"attempts\":1,"
          + "\"lastStatusCode\":200,\"createdAt\":\"2026-03-02T03:00:01Z\","
          + "\"deliveredAt\":\"2026-03-02T03:00:02Z\"}";

  private static final String RETRYING_FIELDS =
      "\"id\":3051,\"webhookId\":12,\"eventId\":\"5e2f8b3a-1c4d-4f6e-8a7b-2c9d0e1f3a4b\","
          + "\"eventType\":\"ticket.opened\",\"status\":\"PENDING\",\"attempts\":2,"
          + "\"lastStatusCode\":503,\"lastError\":\"HTTP 503\","
          + "\"createdAt\":\"2026-03-02T01:15:01Z\",\"nextAttemptAt\":\"2026-03-02T01:19:02Z\"";

  /** The log: newest first, without the attempts. */
  static final String DELIVERIES = "[" + DELIVERED + ",{" + RETRYING_FIELDS + "}]";

  /** One delivery with every attempt. */
  static final String DELIVERY =
      "{"
          + RETRYING_FIELDS
          + ",\"attemptLog\":["
          + "{\"attempt\":1,\"attemptedAt\":\"2026-03-02T01:15:01Z\",\"durationMs\":10004,"
          + "\"error\":\"timeout\"},"
          + "{\"attempt\":2,\"attemptedAt\":\"2026-03-02T01:17:02Z\",\"statusCode\":503,"
          + "\"durationMs\":87,\"error\":\"HTTP 503\","
          + "\"responseExcerpt\":\"Service Unavailable\"}]}";

  /** A redelivery: due at once with a fresh budget of attempts. */
  static final String REDELIVERY_QUEUED =
      "{\"id\":3049,\"webhookId\":12,\"eventId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\","
          + "\"eventType\":\"ticket.commented\",\"status\":\"PENDING\",\"attempts\":6,"
          + "\"lastError\":\"ConnectException: Connection refused\","
          + "\"createdAt\":\"2026-03-01T22:40:00Z\",\"nextAttemptAt\":\"2026-03-02T04:00:00Z\"}";
}
