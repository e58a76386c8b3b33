package io.ticketknowledge.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RedactingHandlerTest {

  @Test
  void recordsReachTheParentsHandlersRedacted() {
    RedactingHandler.install();
    RedactingHandler.install();
    List<String> seen = new ArrayList<>();
    Logger parent = Logger.getLogger("io");
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            seen.add(
                record.getParameters() == null
                    ? record.getMessage()
                    : java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    parent.addHandler(capture);
    try {
      Logger logger = Logger.getLogger("io.ticketknowledge.some.Feature");
      logger.log(
          Level.INFO, "ticket of {0}, phone {1}", new Object[] {"a@b.com.tw", "0912-345-678"});
      logger.info("身分證 A123456789 received");
      Logger.getLogger("tk.audit").info("not below io");
    } finally {
      parent.removeHandler(capture);
    }
    assertEquals(List.of("ticket of [email], phone [phone]", "身分證 [national-id] received"), seen);
    assertEquals(
        1,
        java.util.Arrays.stream(Logger.getLogger("io.ticketknowledge").getHandlers())
            .filter(h -> h instanceof RedactingHandler)
            .count());
  }
}
