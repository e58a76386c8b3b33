package io.ticketknowledge.knowledge.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for this module's API: a request property the resource does not know is an error (400
 * malformed-json), not silently dropped, so a misspelt field ("titel") never looks accepted.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  // Yasson's switch (also understood by other JSON-B implementations that support it)
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
