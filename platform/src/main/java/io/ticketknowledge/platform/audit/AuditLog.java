package io.ticketknowledge.platform.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketknowledge.platform.logging.PiiRedactor;
import java.util.logging.Logger;

/**
 * Every audit record as one JSON line on the logger {@code tk.audit} (Filebeat ships it to
 * Elasticsearch), personal data masked by {@link PiiRedactor}: the database holds the evidence, the
 * log line is for search and alerting.
 */
public final class AuditLog {

  public static final String LOGGER = "tk.audit";
  private static final Logger LOG = Logger.getLogger(LOGGER);

  private AuditLog() {}

  public static String line(String module, AuditRecord record) {
    ObjectNode node = AuditHashes.tree(record.seq(), record.entry());
    node.put("module", module);
    node.put("hash", record.hash());
    return PiiRedactor.redact(node.toString());
  }

  public static void write(String module, AuditRecord record) {
    LOG.info(line(module, record));
  }
}
