package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * Lists read through the read data source (TK_DB_READ_URL): the test server points it at the
 * primary under another application name, so its connections are recognizable in PostgreSQL.
 */
class ReadReplicaIT {

  @Test
  void ticketListsRunOnTheReadDataSource() throws Exception {
    Tickets.open("requester1", "讀寫分離");
    HttpResponse<String> list = Api.get("/api/ticket/tickets?limit=5", Tokens.of("agent1"));
    assertEquals(200, list.statusCode(), list.body());

    try (Connection db =
            DriverManager.getConnection(
                Api.env("TK_DB_URL"), Api.env("TK_DB_USER"), Api.env("TK_DB_PASSWORD"));
        PreparedStatement activity =
            db.prepareStatement(
                "select count(*) from pg_stat_activity where application_name = 'tk-read'"
                    + " and datname = current_database() and query ilike '%from ticket.%'")) {
      try (ResultSet result = activity.executeQuery()) {
        result.next();
        assertTrue(result.getInt(1) >= 1, "no read-pool connection ran the ticket list");
      }
    }
  }
}
