package io.ticketknowledge.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.cache.CacheUnavailableException;
import io.ticketknowledge.platform.cache.MemoryCache;
import io.ticketknowledge.platform.cache.RateLimiter;
import io.ticketknowledge.platform.problems.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API rate limit on the in-JVM cache adapter, with stand-ins for the JAX-RS request. */
class ApiRateLimitTest {

  private final MemoryCache cache = new MemoryCache("tk-test:", 1000);

  @AfterEach
  void close() {
    cache.close();
  }

  @Test
  void aBurstOfCapacityPassesThenTheCallerGets429WithRetryAfter() {
    ApiRateLimit filter = filter(3, 1.0, Optional.empty());
    for (int i = 0; i < 3; i++) {
      assertNull(filter(filter, FakeRequest.user("alice")).aborted, "request " + (i + 1));
    }

    Response tooMany = filter(filter, FakeRequest.user("alice")).aborted;

    assertEquals(429, tooMany.getStatus());
    assertEquals(Problem.MEDIA_TYPE, tooMany.getMediaType().toString());
    assertEquals("1", tooMany.getHeaderString(HttpHeaders.RETRY_AFTER));
    assertEquals("3", tooMany.getHeaderString("RateLimit-Limit"));
    assertEquals("0", tooMany.getHeaderString("RateLimit-Remaining"));
    assertEquals("3", tooMany.getHeaderString("RateLimit-Reset"));
    Problem problem = (Problem) tooMany.getEntity();
    assertEquals(429, problem.status());
    assertEquals(Problem.type("too-many-requests"), problem.type());
    assertEquals("Too many requests", problem.title());
    assertEquals(
        "You sent too many requests in a short time. Try again in 1 second(s).", problem.detail());
  }

  @Test
  void theProblemSpeaksTheCallersLanguage() {
    ApiRateLimit filter = filter(1, 0.1, Optional.empty());
    filter.headers = acceptLanguage("zh-TW");
    filter(filter, FakeRequest.user("bob"));

    Problem problem = (Problem) filter(filter, FakeRequest.user("bob")).aborted.getEntity();

    assertEquals("請求過於頻繁", problem.title());
    assertEquals("您在短時間內送出太多請求，請於 10 秒後再試。", problem.detail());
  }

  @Test
  void eachUserAndEachAnonymousAddressHasItsOwnBucket() {
    ApiRateLimit filter = filter(1, 0.01, Optional.empty());
    assertNull(filter(filter, FakeRequest.user("alice")).aborted);
    assertNull(filter(filter, FakeRequest.user("bob")).aborted);
    assertNull(filter(filter, FakeRequest.anonymous("10.0.0.1", filter)).aborted);
    assertNull(filter(filter, FakeRequest.anonymous("10.0.0.2", filter)).aborted);

    assertEquals(429, filter(filter, FakeRequest.user("alice")).aborted.getStatus());
    assertEquals(
        429, filter(filter, FakeRequest.anonymous("10.0.0.1", filter)).aborted.getStatus());
  }

  @Test
  void aForwardedAddressCountsOnlyWhenAProxyIsConfiguredAndOnlyItsOwnEntry() {
    ApiRateLimit direct = filter(1, 0.01, Optional.empty());
    filter(direct, FakeRequest.anonymous("10.0.0.9", direct).header("X-Forwarded-For", "1.1.1.1"));
    FakeRequest spoofed =
        FakeRequest.anonymous("10.0.0.9", direct).header("X-Forwarded-For", "2.2.2.2");
    assertEquals(429, filter(direct, spoofed).aborted.getStatus(), "a made-up header is ignored");

    ApiRateLimit proxied = filter(1, 0.01, Optional.of("X-Forwarded-For"));
    FakeRequest first =
        FakeRequest.anonymous("10.0.0.1", proxied).header("X-Forwarded-For", "6.6.6.6, 192.0.2.7");
    assertNull(filter(proxied, first).aborted);
    FakeRequest sameClientOtherClaim =
        FakeRequest.anonymous("10.0.0.1", proxied).header("X-Forwarded-For", "7.7.7.7, 192.0.2.7");
    assertEquals(429, filter(proxied, sameClientOtherClaim).aborted.getStatus());
    FakeRequest otherClient =
        FakeRequest.anonymous("10.0.0.1", proxied).header("X-Forwarded-For", "192.0.2.8");
    assertNull(filter(proxied, otherClient).aborted);
  }

  @Test
  void answersThatPassCarryTheRemainingBudget() {
    ApiRateLimit filter = filter(20, 10, Optional.empty());
    FakeRequest request = filter(filter, FakeRequest.user("carol"));
    MultivaluedMap<String, Object> headers = respond(filter, request);
    assertEquals(List.of(20), headers.get("RateLimit-Limit"));
    assertEquals(List.of(19L), headers.get("RateLimit-Remaining"));
    assertEquals(List.of(1L), headers.get("RateLimit-Reset"));

    FakeRequest next = filter(filter, FakeRequest.user("carol"));
    assertEquals(List.of(18L), respond(filter, next).get("RateLimit-Remaining"));
  }

  @Test
  void switchedOffItNeverLimits() {
    ApiRateLimit filter =
        new ApiRateLimit(new ApiRateLimit.Limits(false, 1, 0.01, Optional.empty()), cache);
    for (int i = 0; i < 5; i++) {
      FakeRequest request = filter(filter, FakeRequest.user("dave"));
      assertNull(request.aborted);
      assertTrue(respond(filter, request).isEmpty());
    }
  }

  @Test
  void requestsPassWhenTheCacheIsUnavailable() {
    RateLimiter down =
        (key, capacity, refill, tokens) -> {
          throw new CacheUnavailableException("Redis at 127.0.0.1:6379 did not answer", null);
        };
    ApiRateLimit filter =
        new ApiRateLimit(new ApiRateLimit.Limits(true, 1, 0.01, Optional.empty()), down);
    for (int i = 0; i < 3; i++) {
      assertNull(filter(filter, FakeRequest.user("erin")).aborted);
    }
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
    assertEquals(1, ApiRateLimit.wholeSeconds(Duration.ofMillis(1)));
    assertEquals(1, ApiRateLimit.wholeSeconds(Duration.ofSeconds(1)));
    assertEquals(2, ApiRateLimit.wholeSeconds(Duration.ofMillis(1001)));
  }

  @Test
  void everyModuleRegistersIt() {
    assertTrue(PlatformProviders.with().contains(ApiRateLimit.class));
  }

  private ApiRateLimit filter(int capacity, double refill, Optional<String> addressHeader) {
    return new ApiRateLimit(new ApiRateLimit.Limits(true, capacity, refill, addressHeader), cache);
  }

  private static FakeRequest filter(ApiRateLimit filter, FakeRequest request) {
    filter.filter(request.context());
    return request;
  }

  private static MultivaluedMap<String, Object> respond(ApiRateLimit filter, FakeRequest request) {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    ContainerResponseContext response =
        proxy(
            ContainerResponseContext.class,
            Map.of("getHeaders", args -> headers, "getStatus", args -> 200));
    filter.filter(request.context(), response);
    return headers;
  }

  private static HttpHeaders acceptLanguage(String tag) {
    return proxy(
        HttpHeaders.class,
        Map.of("getAcceptableLanguages", args -> List.of(Locale.forLanguageTag(tag))));
  }

  interface Answer {
    Object answer(Object[] args);
  }

  /** An implementation of {@code type} that answers the named methods and refuses all others. */
  @SuppressWarnings("unchecked")
  static <T> T proxy(Class<T> type, Map<String, Answer> answers) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              Answer answer = answers.get(method.getName());
              if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answer.answer(args);
            });
  }

  /** One request as the filter sees it: who sends it, from where, with which headers. */
  static final class FakeRequest {
    private final Principal user;
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, Object> properties = new HashMap<>();
    Response aborted;

    private FakeRequest(Principal user) {
      this.user = user;
    }

    static FakeRequest user(String name) {
      return new FakeRequest(() -> name);
    }

    /** An anonymous request from {@code address}, the filter's servlet request set to match. */
    static FakeRequest anonymous(String address, ApiRateLimit filter) {
      filter.servletRequest =
          proxy(HttpServletRequest.class, Map.of("getRemoteAddr", args -> address));
      return new FakeRequest(null);
    }

    FakeRequest header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    ContainerRequestContext context() {
      SecurityContext security =
          proxy(SecurityContext.class, Map.of("getUserPrincipal", args -> user));
      return proxy(
          ContainerRequestContext.class,
          Map.of(
              "getSecurityContext", args -> security,
              "getHeaderString", args -> headers.get((String) args[0]),
              "getProperty", args -> properties.get((String) args[0]),
              "setProperty",
                  args -> {
                    properties.put((String) args[0], args[1]);
                    return null;
                  },
              "abortWith",
                  args -> {
                    aborted = (Response) args[0];
                    return null;
                  }));
    }
  }
}
