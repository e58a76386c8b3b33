package io.ticketknowledge.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** A production start without the keystore password is reported, not silently half-working. */
class KeystoreReadinessTest {

  @Test
  void downWithTheReasonWhenThePasswordIsMissing() {
    for (Optional<String> missing : java.util.List.of(Optional.<String>empty(), Optional.of(" "))) {
      HealthCheckResponse response = check(missing).call();
      assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
      assertEquals(
          KeystoreReadiness.MISSING, response.getData().orElseThrow().get("error").toString());
    }
  }

  @Test
  void upWhenThePasswordIsSet() {
    assertEquals(HealthCheckResponse.Status.UP, check(Optional.of("s3cret")).call().getStatus());
  }

  @Test
  void theEmbeddedProfileHasItsDemoKeystore() {
    KeystoreReadiness check = check(Optional.empty());
    check.profile = Optional.of("embedded");
    assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
  }

  private static KeystoreReadiness check(Optional<String> password) {
    KeystoreReadiness check = new KeystoreReadiness();
    check.password = password;
    check.profile = Optional.of("production");
    return check;
  }
}
