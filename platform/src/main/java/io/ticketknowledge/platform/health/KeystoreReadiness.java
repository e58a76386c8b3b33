package io.ticketknowledge.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready without a keystore password: Liberty then starts without its keystore and refuses every
 * valid token with 401 ({@code WWW-Authenticate: Basic realm=""}) while all services answer. The
 * production profile has no default for {@code tk.keystore.password}; the embedded one has.
 */
@Readiness
@Alternative
@ApplicationScoped
public class KeystoreReadiness implements HealthCheck {

  static final String MISSING =
      "tk.keystore.password is not set (TK_KEYSTORE_PASSWORD or TK_KEYSTORE_PASSWORD_FILE):"
          + " the server keystore does not load and every token would be refused";

  @Inject
  @ConfigProperty(name = "tk.keystore.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mp.config.profile")
  Optional<String> profile;

  @Override
  public HealthCheckResponse call() {
    boolean set =
        profile.filter("embedded"::equals).isPresent()
            || password.filter(value -> !value.isBlank()).isPresent();
    return set
        ? HealthCheckResponse.named("keystore").up().build()
        : HealthCheckResponse.named("keystore").down().withData("error", MISSING).build();
  }
}
