package io.ticketknowledge.ticket.reports.boundary;

/** Examples of the reports' JSON for the OpenAPI document, true to {@link ReportView}. */
final class ReportExamples {

  static final String BACKLOG =
      "{\"report\":\"backlog\",\"from\":\"2026-11-01\",\"to\":\"2026-11-30\","
          + "\"zone\":\"Asia/Taipei\",\"groups\":[2],"
          + "\"columns\":[\"groupId\",\"groupName\",\"status\",\"priority\",\"tickets\"],"
          + "\"rows\":[{\"groupId\":2,\"groupName\":\"網路與帳號\",\"status\":\"OPEN\","
          + "\"priority\":\"P2\",\"tickets\":7},{\"groupId\":2,\"groupName\":\"網路與帳號\","
          + "\"status\":\"PENDING\",\"priority\":\"P3\",\"tickets\":3}]}";

  static final String CREATED_RESOLVED =
      "{\"report\":\"created-resolved\",\"from\":\"2026-11-01\",\"to\":\"2026-11-02\","
          + "\"zone\":\"UTC\",\"columns\":[\"day\",\"created\",\"resolved\"],"
          + "\"rows\":[{\"day\":\"2026-11-01\",\"created\":12,\"resolved\":9},"
          + "{\"day\":\"2026-11-02\",\"created\":4,\"resolved\":6}]}";

  static final String ROLLUP_RUN = "{\"changed\":42}";

  private ReportExamples() {}
}
