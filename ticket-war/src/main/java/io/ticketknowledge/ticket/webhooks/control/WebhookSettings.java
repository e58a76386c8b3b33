package io.ticketknowledge.ticket.webhooks.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhooks' configuration (README, "Configuration"), read once. */
@ApplicationScoped
public class WebhookSettings {

  @Inject
  @ConfigProperty(name = "tk.webhooks.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "tk.webhooks.allowed-hosts")
  Optional<List<String>> allowedHosts;

  @Inject
  @ConfigProperty(name = "tk.webhooks.allowed-cidrs")
  Optional<List<String>> allowedCidrs;

  @Inject
  @ConfigProperty(name = "tk.webhooks.connect-timeout-ms", defaultValue = "5000")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "tk.webhooks.read-timeout-ms", defaultValue = "10000")
  long readTimeoutMs;

  @Inject
  @ConfigProperty(name = "tk.webhooks.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "tk.webhooks.backoff-base-ms", defaultValue = "10000")
  long backoffBaseMs;

  @Inject
  @ConfigProperty(name = "tk.webhooks.backoff-max-ms", defaultValue = "3600000")
  long backoffMaxMs;

  @Inject
  @ConfigProperty(name = "tk.webhooks.response-excerpt-chars", defaultValue = "200")
  int excerptChars;

  private WebhookTargetGuard guard;
  private DeliveryBackoff backoff;

  @PostConstruct
  void read() {
    guard =
        new WebhookTargetGuard(
            allowedHosts.orElse(List.of()),
            allowedCidrs.orElse(List.of()).stream().map(Cidr::parse).toList(),
            InetAddress::getAllByName);
    backoff =
        new DeliveryBackoff(
            Duration.ofMillis(backoffBaseMs), Duration.ofMillis(backoffMaxMs), maxAttempts);
  }

  public WebhookTargetGuard guard() {
    return guard;
  }

  public DeliveryBackoff backoff() {
    return backoff;
  }

  /**
   * The box sealing the secrets.
   *
   * @throws ApiException 503 when no key is configured (production needs one; decision 0023)
   */
  public SecretBox secrets() {
    if (secretKey.isEmpty() || secretKey.get().length() < 32) {
      throw new ApiException(ProblemKind.UNAVAILABLE, "webhook.no-secret-key");
    }
    return new SecretBox(secretKey.get());
  }

  public Duration connectTimeout() {
    return Duration.ofMillis(connectTimeoutMs);
  }

  public Duration readTimeout() {
    return Duration.ofMillis(readTimeoutMs);
  }

  /** How long a taken delivery is left alone: one call at most, plus a margin. */
  public Duration lease() {
    return connectTimeout().plus(readTimeout()).plusSeconds(30);
  }

  public int excerptChars() {
    return excerptChars;
  }
}
