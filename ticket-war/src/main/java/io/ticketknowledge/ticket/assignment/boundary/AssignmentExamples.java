package io.ticketknowledge.ticket.assignment.boundary;

/**
 * JSON examples of the auto-assignment resources' OpenAPI annotations (annotation values must be
 * constants). Shapes follow the requests and {@link GroupAssignmentView}, {@link AvailabilityView}.
 */
final class AssignmentExamples {

  private AssignmentExamples() {}

  static final String GROUP_ASSIGNMENT_REQUEST = "{\"mode\":\"LEAST_OPEN\",\"openTicketLimit\":15}";

  static final String GROUP_ASSIGNMENT =
      "{\"groupId\":2,\"mode\":\"LEAST_OPEN\",\"openTicketLimit\":15,"
          + "\"lastAssigneeId\":\"u-2001\",\"version\":3}";

  /** Weekdays in Taipei with a lunch break; Friday ends early. */
  static final String AVAILABILITY_REQUEST =
      "{\"available\":true,\"timeZone\":\"Asia/Taipei\",\"week\":{"
          + "\"MONDAY\":[\"08:30-12:00\",\"13:00-17:30\"],"
          + "\"TUESDAY\":[\"08:30-12:00\",\"13:00-17:30\"],"
          + "\"WEDNESDAY\":[\"08:30-12:00\",\"13:00-17:30\"],"
          + "\"THURSDAY\":[\"08:30-12:00\",\"13:00-17:30\"],"
          + "\"FRIDAY\":[\"08:30-12:00\",\"13:00-16:00\"]}}";

  static final String AVAILABILITY =
      "{\"userId\":\"u-2001\",\"available\":true,\"timeZone\":\"Asia/Taipei\",\"week\":{"
          + "\"MONDAY\":[\"08:30-12:00\",\"13:00-17:30\"],"
          + "\"TUESDAY\":[\"08:30-12:00\",\"13:00-17:30\"],"
          + "\"WEDNESDAY\":[\"08:30-12:00\",\"13:00-17:30\"],"
          + "\"THURSDAY\":[\"08:30-12:00\",\"13:00-17:30\"],"
          + "\"FRIDAY\":[\"08:30-12:00\",\"13:00-16:00\"]},\"version\":1}";
}
