package io.ticketknowledge.platform.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.spi.HealthCheckResponseProvider;

/** Outside Liberty nothing provides health responses: this minimal provider stands in for tests. */
public class PlainHealthResponses implements HealthCheckResponseProvider {

  @Override
  public HealthCheckResponseBuilder createResponseBuilder() {
    return new Builder();
  }

  private static final class Builder extends HealthCheckResponseBuilder {
    private String name;
    private boolean up;
    private final Map<String, Object> data = new LinkedHashMap<>();

    @Override
    public HealthCheckResponseBuilder name(String name) {
      this.name = name;
      return this;
    }

    @Override
    public HealthCheckResponseBuilder withData(String key, String value) {
      data.put(key, value);
      return this;
    }

    @Override
    public HealthCheckResponseBuilder withData(String key, long value) {
      data.put(key, value);
      return this;
    }

    @Override
    public HealthCheckResponseBuilder withData(String key, boolean value) {
      data.put(key, value);
      return this;
    }

    @Override
    public HealthCheckResponseBuilder up() {
      up = true;
      return this;
    }

    @Override
    public HealthCheckResponseBuilder down() {
      up = false;
      return this;
    }

    @Override
    public HealthCheckResponseBuilder status(boolean up) {
      this.up = up;
      return this;
    }

    @Override
    public HealthCheckResponse build() {
      return new HealthCheckResponse(
          name,
          up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
          Optional.of(Map.copyOf(data)));
    }
  }
}
