package io.ticketknowledge.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The Ticket module's outbox, read straight from the database: what a change recorded. */
final class Outbox {

  private Outbox() {}

  /** The envelopes of one ticket and event type, oldest first. */
  static List<JsonNode> envelopes(long ticketId, String type) {
    List<JsonNode> envelopes = new ArrayList<>();
    try (Connection db =
            DriverManager.getConnection(
                Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
        PreparedStatement query =
            db.prepareStatement(
                "SELECT envelope FROM ticket.outbox WHERE aggregate_id = ? AND event_type = ?"
                    + " ORDER BY seq")) {
      query.setString(1, Long.toString(ticketId));
      query.setString(2, type);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          envelopes.add(Api.JSON.readTree(rows.getString(1)));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return envelopes;
  }
}
