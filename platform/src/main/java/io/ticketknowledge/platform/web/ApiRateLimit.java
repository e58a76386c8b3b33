package io.ticketknowledge.platform.web;

import io.ticketknowledge.platform.cache.CacheUnavailableException;
import io.ticketknowledge.platform.cache.RateDecision;
import io.ticketknowledge.platform.cache.RateLimiter;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.problems.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits how fast one caller may use the API: a token bucket per authenticated user (per client
 * address when anonymous) in the cache port, so all nodes and both modules share one budget. Over
 * the limit the answer is 429 problem+json with {@code Retry-After}; every answer carries {@code
 * RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the full
 * burst is available again).
 *
 * <p>When the cache does not answer, requests pass (logged): losing the rate limit for a moment is
 * better than losing the API.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class ApiRateLimit implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String ENABLED_KEY = "tk.api.rate-limit.enabled";
  public static final String CAPACITY_KEY = "tk.api.rate-limit.capacity";
  public static final String REFILL_KEY = "tk.api.rate-limit.refill-per-second";
  public static final String ADDRESS_HEADER_KEY = "tk.api.rate-limit.client-address-header";

  static final String KEY_PREFIX = "rate:api:";
  private static final String DECISION = ApiRateLimit.class.getName() + ".decision";
  private static final Logger LOG = Logger.getLogger(ApiRateLimit.class.getName());
  private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();
  private static final AtomicLong lastWarning =
      new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context HttpServletRequest servletRequest;

  private final Limits limits;
  private volatile RateLimiter limiter;

  /** The configured limits; {@code addressHeader} is set only behind a trusted reverse proxy. */
  record Limits(
      boolean enabled, int capacity, double refillPerSecond, Optional<String> addressHeader) {

    Limits {
      if (capacity <= 0 || !(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
        throw new IllegalArgumentException(
            CAPACITY_KEY + " and " + REFILL_KEY + " must be positive");
      }
    }

    static Limits from(Config config) {
      return new Limits(
          config.getOptionalValue(ENABLED_KEY, Boolean.class).orElse(true),
          config.getOptionalValue(CAPACITY_KEY, Integer.class).orElse(20),
          config.getOptionalValue(REFILL_KEY, Double.class).orElse(10.0),
          config.getOptionalValue(ADDRESS_HEADER_KEY, String.class).filter(h -> !h.isBlank()));
    }
  }

  /** For the JAX-RS runtime: limits from MicroProfile Config, the rate limiter from CDI. */
  public ApiRateLimit() {
    this(Limits.from(ConfigProvider.getConfig()), null);
  }

  ApiRateLimit(Limits limits, RateLimiter limiter) {
    this.limits = limits;
    this.limiter = limiter;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!limits.enabled()) {
      return;
    }
    RateDecision decision;
    try {
      decision =
          limiter().tryAcquire(callerKey(request), limits.capacity(), limits.refillPerSecond());
    } catch (CacheUnavailableException e) {
      warnThrottled(e);
      return;
    }
    request.setProperty(DECISION, decision);
    if (!decision.allowed()) {
      long retryAfter = wholeSeconds(decision.retryAfter());
      Response problem =
          ProblemResponses.build(
              ProblemKind.TOO_MANY_REQUESTS, null, new Object[] {retryAfter}, headers, uri);
      Response.ResponseBuilder tooMany =
          Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, retryAfter);
      rateHeaders(decision).forEach(tooMany::header);
      request.abortWith(tooMany.build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateDecision decision) {
      MultivaluedMap<String, Object> responseHeaders = response.getHeaders();
      rateHeaders(decision).forEach(responseHeaders::putSingle);
    }
  }

  /** The bucket of the caller: the authenticated user, else the client's address. */
  String callerKey(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    Principal user = security == null ? null : security.getUserPrincipal();
    if (user != null && user.getName() != null && !user.getName().isBlank()) {
      return KEY_PREFIX + "user:" + user.getName();
    }
    return KEY_PREFIX + "address:" + clientAddress(request);
  }

  private String clientAddress(ContainerRequestContext request) {
    if (limits.addressHeader().isPresent()) {
      String forwarded = request.getHeaderString(limits.addressHeader().get());
      if (forwarded != null) {
        // the last entry is the one our proxy added; earlier ones the client may have made up
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].trim();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    try {
      return servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
    } catch (RuntimeException noServletRequest) {
      return "unknown";
    }
  }

  private Map<String, Object> rateHeaders(RateDecision decision) {
    double missing = limits.capacity() - decision.remaining();
    long untilFull = (long) Math.ceil(missing / limits.refillPerSecond());
    return Map.of(
        "RateLimit-Limit", limits.capacity(),
        "RateLimit-Remaining", decision.remaining(),
        "RateLimit-Reset", untilFull);
  }

  private RateLimiter limiter() {
    RateLimiter current = limiter;
    if (current == null) {
      // providers in the EAR's lib jar are created by the JAX-RS runtime, not by CDI
      current = CDI.current().select(RateLimiter.class).get();
      limiter = current;
    }
    return current;
  }

  /** At least one second: {@code Retry-After: 0} would invite an immediate retry. */
  static long wholeSeconds(Duration duration) {
    long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  private static void warnThrottled(CacheUnavailableException e) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last >= LOG_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
      LOG.log(
          Level.WARNING,
          "API rate limit not applied while the cache is unavailable: {0}",
          e.getMessage());
    }
  }
}
