package io.ticketknowledge.platform.audit;

import java.util.List;
import java.util.stream.Collectors;

/** Audit records as CSV rows (RFC 4180, CRLF), every cell through {@link CsvCells}. */
public final class AuditCsv {

  public static final String HEADER =
      "seq,at,subject,roles,client_address,user_agent,request_id,action,object_type,object_id,"
          + "changes,outcome,detail,hash\r\n";

  private AuditCsv() {}

  public static String row(AuditRecord record) {
    AuditEntry entry = record.entry();
    List<String> cells =
        List.of(
            String.valueOf(record.seq()),
            entry.at().toString(),
            nullToEmpty(entry.actor().subject()),
            entry.actor().rolesText(),
            nullToEmpty(entry.actor().clientAddress()),
            nullToEmpty(entry.actor().userAgent()),
            nullToEmpty(entry.actor().requestId()),
            entry.action().name(),
            nullToEmpty(entry.object().type()),
            nullToEmpty(entry.object().id()),
            AuditHashes.changes(entry).toString(),
            entry.outcome().name(),
            nullToEmpty(entry.detail()),
            record.hash());
    return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
