package io.ticketknowledge.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The event contracts' AsyncAPI document is served next to /openapi, self-contained. */
class AsyncApiIT {

  @Test
  void theAsyncApiDocumentIsServedAsYaml() {
    HttpResponse<String> response = Api.send(Api.request("/asyncapi").GET());

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"),
        response.headers().toString());
    assertTrue(response.body().startsWith("asyncapi: 3.0.0"), response.body());
    assertTrue(response.body().contains("ticket.opened"), response.body());
  }

  @Test
  void asJsonItNamesTheTopicsAndCarriesEverySchemaWithItsExamples() {
    HttpResponse<String> response =
        Api.send(Api.request("/asyncapi").header("Accept", "application/json").GET());

    assertEquals(200, response.statusCode(), response.body());
    JsonNode document = Api.json(response);
    assertEquals("3.0.0", document.path("asyncapi").asText());
    assertEquals("ticket.events", document.at("/channels/ticketEvents/address").asText());
    assertEquals("knowledge.events", document.at("/channels/knowledgeEvents/address").asText());
    assertEquals("tk.dead-letters", document.at("/channels/deadLetters/address").asText());
    JsonNode schemas = document.at("/components/schemas");
    for (String schema : new String[] {"envelope.v1", "ticket.opened.v1", "ticket.changed.v1"}) {
      assertTrue(schemas.path(schema).path("examples").size() > 0, schema + " in " + schemas);
    }
    assertFalse(response.body().contains("./schemas/"), "no reference outside the document");
    assertEquals(
        "#/components/schemas/ticket.opened.v1",
        document
            .at("/components/messages/ticketOpenedV1/payload/allOf/1/properties/payload/$ref")
            .asText());
  }
}
