package io.ticketknowledge.platform.events.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/events/asyncapi.yaml is a valid AsyncAPI 3.0.0 document, as written and as served (bundled),
 * checked against the specification's own JSON Schema (test resource asyncapi/, from
 * {@code @asyncapi/specs}).
 */
class AsyncApiDocumentTest {

  static final Schema ASYNCAPI_3_0_0 = specification();

  @Test
  void theDocumentAsWrittenIsValidAsyncApi300() throws IOException {
    assertEquals(List.of(), errors(EventContracts.asyncApi()));
  }

  @Test
  void theServedDocumentIsValidAsyncApi300() throws IOException {
    assertEquals(List.of(), errors(EventContracts.bundledAsyncApi()));
    assertEquals(
        List.of(),
        ASYNCAPI_3_0_0.validate(EventContracts.bundledAsyncApiJson(), InputFormat.JSON).stream()
            .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
            .toList());
  }

  @Test
  void aBrokenDocumentIsRefused() throws IOException {
    String broken = EventContracts.asyncApi().replace("action: send", "action: publish");
    assertFalse(errors(broken).isEmpty(), "AsyncAPI 3 knows only send and receive");
  }

  private static List<String> errors(String yaml) throws IOException {
    String json =
        new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    return ASYNCAPI_3_0_0.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  private static Schema specification() {
    try (InputStream in =
        AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
