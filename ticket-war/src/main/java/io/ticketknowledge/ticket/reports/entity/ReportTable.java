package io.ticketknowledge.ticket.reports.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's answer: named columns and rows of cells (text, numbers or null). Reports are
 * aggregates (a row per day, group, category or agent), small enough to hold; the same table is the
 * JSON answer and the CSV/XLSX export.
 */
public record ReportTable(List<String> columns, List<List<Object>> rows) {

  public ReportTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /** The rows as objects keyed by column name (the JSON form). */
  public List<Map<String, Object>> records() {
    List<Map<String, Object>> records = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        record.put(columns.get(i), row.get(i));
      }
      records.add(record);
    }
    return records;
  }
}
