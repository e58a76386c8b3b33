package io.ticketknowledge.platform.audit;

/** What the action was about: a type ({@code ticket}, {@code calendar}, {@code path}) and an id. */
public record AuditObject(String type, String id) {

  public static final AuditObject NONE = new AuditObject(null, null);

  public AuditObject {
    type = AuditText.cut(type, 100);
    id = AuditText.cut(id, 200);
  }

  public static AuditObject of(String type, Object id) {
    return new AuditObject(type, id == null ? null : String.valueOf(id));
  }
}
