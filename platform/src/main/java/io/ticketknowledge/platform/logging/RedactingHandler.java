package io.ticketknowledge.platform.logging;

import java.text.MessageFormat;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Masks personal data ({@link PiiRedactor}) in every record of the application's loggers ({@code
 * io.ticketknowledge.*}, {@code tk.audit}) before Liberty's handlers, further up the logger tree,
 * format it — in the JSON log format as in the simple one. It publishes nothing itself: it formats
 * the message with its parameters, redacts it and puts it back into the record.
 */
public final class RedactingHandler extends Handler {

  /** The loggers whose records are redacted (and everything below them). */
  public static final String[] LOGGERS = {"io.ticketknowledge", "tk.audit"};

  private static final RedactingHandler INSTANCE = new RedactingHandler();

  private RedactingHandler() {}

  /** Adds the handler to the application's loggers once per JVM (idempotent). */
  public static synchronized void install() {
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      boolean present = false;
      for (Handler handler : logger.getHandlers()) {
        present |= handler instanceof RedactingHandler;
      }
      if (!present) {
        logger.addHandler(INSTANCE);
      }
    }
  }

  @Override
  public void publish(LogRecord record) {
    if (record == null || record.getMessage() == null) {
      return;
    }
    String message = record.getMessage();
    Object[] parameters = record.getParameters();
    if (parameters != null && parameters.length > 0 && message.contains("{")) {
      try {
        message = MessageFormat.format(message, parameters);
      } catch (IllegalArgumentException e) {
        // not a pattern after all: redact it as it is
      }
    }
    String redacted = PiiRedactor.redact(message);
    if (!redacted.equals(record.getMessage()) || parameters != null) {
      record.setMessage(redacted);
      record.setParameters(null);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
