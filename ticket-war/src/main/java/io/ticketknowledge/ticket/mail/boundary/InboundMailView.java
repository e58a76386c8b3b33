package io.ticketknowledge.ticket.mail.boundary;

/** What became of a message read from the mailbox. */
public record InboundMailView(
    long id,
    String messageId,
    String sender,
    String subject,
    String outcome,
    Long ticketId,
    Long commentId,
    String detail,
    String receivedAt) {

  static InboundMailView of(Object[] row) {
    return new InboundMailView(
        ((Number) row[0]).longValue(),
        MailNotificationView.str(row[1]),
        MailNotificationView.str(row[2]),
        MailNotificationView.str(row[3]),
        MailNotificationView.str(row[4]),
        row[5] == null ? null : ((Number) row[5]).longValue(),
        row[6] == null ? null : ((Number) row[6]).longValue(),
        MailNotificationView.str(row[7]),
        MailNotificationView.str(row[8]));
  }
}
