package io.ticketknowledge.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.events.EventFaults;
import io.ticketknowledge.platform.events.Fault;
import io.ticketknowledge.platform.search.elasticsearch.ElasticsearchSearchEngine;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An Elasticsearch that does not answer is a passing fault in the port's own terms: a consumer
 * waits for it instead of dead-lettering, a request gets a 503 (PortProblems). No server needed.
 */
class ElasticsearchUnreachableTest {

  @Test
  void anUnreachableClusterIsSearchUnavailableAndTransient() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    IndexDefinition definition =
        new IndexDefinition("outage", 1, List.of(FieldDefinition.text("title", 1f)));
    try (ElasticsearchSearchEngine engine =
        new ElasticsearchSearchEngine(
            new ElasticsearchSearchEngine.Settings(
                "http://127.0.0.1:" + closedPort, "tk-test-", 0, 2000, null, null),
            160)) {
      SearchUnavailableException e =
          assertThrows(
              SearchUnavailableException.class,
              () ->
                  engine.bulk(
                      definition,
                      List.of(SearchDocument.of("1", java.util.Map.of("title", "印表機")))));
      assertEquals(Fault.TRANSIENT, EventFaults.byCauses().classify(e));
    }
  }
}
