package io.ticketknowledge.ticket.mail.boundary;

/** A queued or sent mail as admins see it (the body stays in the database). */
public record MailNotificationView(
    long id,
    String kind,
    String recipientId,
    String recipient,
    String language,
    String subject,
    String messageId,
    String status,
    int attempts,
    String lastError,
    String createdAt,
    String sentAt) {

  static MailNotificationView of(Object[] row) {
    return new MailNotificationView(
        ((Number) row[0]).longValue(),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        str(row[4]),
        str(row[5]),
        str(row[6]),
        str(row[7]),
        ((Number) row[8]).intValue(),
        str(row[9]),
        str(row[10]),
        str(row[11]));
  }

  static String str(Object value) {
    return value == null ? null : value.toString();
  }
}
