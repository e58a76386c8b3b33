package io.ticketknowledge.platform.privacy;

import io.ticketknowledge.platform.audit.AuditLedger;
import io.ticketknowledge.platform.audit.AuditQuery;
import io.ticketknowledge.platform.audit.AuditRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The audit records of one module's chain that concern a person, for their export. */
public final class PersonalAudit {

  /** Most records of each kind one export holds (newest first before sorting). */
  public static final int MAX_RECORDS = 10_000;

  private PersonalAudit() {}

  /** Records the person caused and records about them as object, oldest first, each once. */
  public static List<AuditRecord> about(AuditLedger ledger, String schema, SubjectId subject) {
    Map<Long, AuditRecord> records = new TreeMap<>();
    for (AuditQuery query :
        List.of(
            new AuditQuery(subject.value(), null, null, null, null, null, null, null, MAX_RECORDS),
            new AuditQuery(
                null, null, null, subject.value(), null, null, null, null, MAX_RECORDS))) {
      ledger.search(schema, query).forEach(record -> records.put(record.seq(), record));
    }
    return records.values().stream().sorted(Comparator.comparingLong(AuditRecord::seq)).toList();
  }
}
