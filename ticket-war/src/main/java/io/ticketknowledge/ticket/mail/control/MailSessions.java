package io.ticketknowledge.ticket.mail.control;

import jakarta.mail.Session;
import java.util.Properties;

/** Jakarta Mail sessions for the configured SMTP and IMAP servers (timeouts always set). */
final class MailSessions {

  private MailSessions() {}

  static Session smtp(MailSettings.Server server, int timeoutMs) {
    boolean ssl = server.tls() == MailSettings.Tls.SSL;
    String protocol = ssl ? "smtps" : "smtp";
    Properties props = common(protocol, server, timeoutMs);
    props.put("mail.transport.protocol", protocol);
    props.put("mail." + protocol + ".auth", String.valueOf(server.user().isPresent()));
    if (server.tls() == MailSettings.Tls.STARTTLS) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    return Session.getInstance(props);
  }

  static Session imap(MailSettings.Server server, int timeoutMs) {
    String protocol = server.tls() == MailSettings.Tls.SSL ? "imaps" : "imap";
    Properties props = common(protocol, server, timeoutMs);
    props.put("mail.store.protocol", protocol);
    if (server.tls() == MailSettings.Tls.STARTTLS) {
      props.put("mail.imap.starttls.enable", "true");
      props.put("mail.imap.starttls.required", "true");
    }
    return Session.getInstance(props);
  }

  private static Properties common(String protocol, MailSettings.Server server, int timeoutMs) {
    Properties props = new Properties();
    props.put("mail." + protocol + ".host", server.host());
    props.put("mail." + protocol + ".port", String.valueOf(server.port()));
    props.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMs));
    props.put("mail." + protocol + ".timeout", String.valueOf(timeoutMs));
    props.put("mail." + protocol + ".writetimeout", String.valueOf(timeoutMs));
    if (server.tls() != MailSettings.Tls.NONE) {
      props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    props.put("mail.mime.charset", "UTF-8");
    return props;
  }
}
