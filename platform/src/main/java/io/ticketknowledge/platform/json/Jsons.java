package io.ticketknowledge.platform.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;

/**
 * JSON-P through one provider looked up once. {@code Json.createReader} and friends look the
 * provider up again on every call (a ServiceLoader scan of the class path, under a lock inside
 * Liberty), which showed up in every event a consumer parsed.
 */
public final class Jsons {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsons() {}

  public static JsonReader reader(Reader json) {
    return PROVIDER.createReader(json);
  }

  public static JsonReader reader(InputStream json) {
    return PROVIDER.createReader(json);
  }

  public static JsonObjectBuilder objectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonObjectBuilder objectBuilder(JsonObject copy) {
    return PROVIDER.createObjectBuilder(copy);
  }

  public static JsonArrayBuilder arrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  /** A streaming writer; closing it closes {@code out}. */
  public static JsonGenerator generator(OutputStream out) {
    return PROVIDER.createGenerator(out);
  }
}
