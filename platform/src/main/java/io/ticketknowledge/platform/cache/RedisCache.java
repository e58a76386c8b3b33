package io.ticketknowledge.platform.cache;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The Redis adapter (production, any number of nodes), over a pool of Jedis connections.
 *
 * <p>What must be atomic runs as one command or one Lua script on the server: a counter's INCRBY
 * and the expiry of a counter it creates; a token bucket's refill, take and expiry. The bucket uses
 * the server's clock ({@code TIME}), so nodes with skewed clocks still share one bucket correctly.
 * Needs Redis 5 or later (scripts that write after reading {@code TIME}).
 */
public final class RedisCache implements CacheStore {

  private static final RedisScript INCREMENT_WITH_EXPIRY =
      new RedisScript(
          """
          local created = redis.call('EXISTS', KEYS[1]) == 0
          local value = redis.call('INCRBY', KEYS[1], ARGV[1])
          if created then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
          return value
          """);

  /**
   * KEYS[1] bucket; ARGV capacity, refill per second, tokens wanted. State: a hash of the tokens
   * left ({@code t}) and when they were counted ({@code at}, server microseconds). Returns {allowed
   * 0|1, whole tokens left, microseconds until the wanted tokens are there}.
   */
  private static final RedisScript TOKEN_BUCKET =
      new RedisScript(
          """
          local capacity = tonumber(ARGV[1])
          local rate = tonumber(ARGV[2])
          local wanted = tonumber(ARGV[3])
          local clock = redis.call('TIME')
          local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
          local state = redis.call('HMGET', KEYS[1], 't', 'at')
          local tokens = tonumber(state[1])
          local at = tonumber(state[2])
          if tokens == nil or at == nil then
            tokens = capacity
          else
            tokens = math.min(capacity, tokens + math.max(0, now - at) * rate / 1000000)
          end
          local allowed = 0
          local wait = 0
          if tokens >= wanted then
            tokens = tokens - wanted
            allowed = 1
          else
            wait = math.ceil((wanted - tokens) * 1000000 / rate)
          end
          redis.call('HSET', KEYS[1], 't', string.format('%.17g', tokens),
            'at', string.format('%.0f', now))
          local untilFull = math.max(1, math.ceil((capacity - tokens) * 1000 / rate))
          redis.call('PEXPIRE', KEYS[1], string.format('%.0f', untilFull))
          return {allowed, math.floor(tokens), wait}
          """);

  private static final int SCAN_PAGE = 1000;

  private final String namespace;
  private final String address;
  private final JedisPool pool;

  /**
   * Creates the pool; no connection is opened until the first command.
   *
   * @param url {@code redis://[user:password@]host[:port][/database]}, {@code rediss://} for TLS
   */
  public RedisCache(URI url, String namespace, RedisPoolSettings settings) {
    this.namespace = CacheArguments.namespace(namespace);
    if (url == null
        || !JedisURIHelper.isValid(url)
        || !(JedisURIHelper.isRedisScheme(url) || JedisURIHelper.isRedisSSLScheme(url))) {
      throw new IllegalArgumentException("not a Redis URL: " + redacted(url));
    }
    HostAndPort hostAndPort = JedisURIHelper.getHostAndPort(url);
    this.address = hostAndPort.toString();
    DefaultJedisClientConfig client =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis((int) settings.connectTimeout().toMillis())
            .socketTimeoutMillis((int) settings.readTimeout().toMillis())
            .user(JedisURIHelper.getUser(url))
            .password(JedisURIHelper.getPassword(url))
            .database(JedisURIHelper.getDBIndex(url))
            .ssl(JedisURIHelper.isRedisSSLScheme(url))
            .clientName("tk-cache")
            .build();
    JedisPoolConfig pooling = new JedisPoolConfig();
    pooling.setMaxTotal(settings.maxTotal());
    pooling.setMaxIdle(settings.maxIdle());
    pooling.setMinIdle(settings.minIdle());
    pooling.setMaxWait(settings.maxWait());
    pooling.setBlockWhenExhausted(true);
    // several applications (and tests) may hold a pool in one JVM: no MBean name clashes
    pooling.setJmxEnabled(false);
    this.pool = new JedisPool(pooling, hostAndPort, client);
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public Optional<String> get(String key) {
    String k = namespaced(key);
    return Optional.ofNullable(run(jedis -> jedis.get(k)));
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    String k = namespaced(key);
    CacheArguments.value(value);
    long millis = CacheArguments.ttlMillis(ttl);
    run(jedis -> jedis.set(k, value, SetParams.setParams().px(millis)));
  }

  @Override
  public boolean invalidate(String key) {
    String k = namespaced(key);
    return run(jedis -> jedis.unlink(k)) > 0;
  }

  @Override
  public long invalidatePrefix(String keyPrefix) {
    String pattern = globEscaped(namespace + CacheArguments.keyPrefix(keyPrefix)) + "*";
    return run(
        jedis -> {
          // SCAN, not KEYS: it does not block the server while it walks a large keyspace
          ScanParams match = new ScanParams().match(pattern).count(SCAN_PAGE);
          long removed = 0;
          String cursor = ScanParams.SCAN_POINTER_START;
          do {
            ScanResult<String> page = jedis.scan(cursor, match);
            if (!page.getResult().isEmpty()) {
              removed += jedis.unlink(page.getResult().toArray(String[]::new));
            }
            cursor = page.getCursor();
          } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
          return removed;
        });
  }

  @Override
  public long increment(String key, long delta) {
    String k = namespaced(key);
    return run(jedis -> jedis.incrBy(k, delta));
  }

  @Override
  public long increment(String key, long delta, Duration ttlOnCreate) {
    String k = namespaced(key);
    long millis = CacheArguments.ttlMillis(ttlOnCreate);
    return run(
        jedis ->
            (Long)
                INCREMENT_WITH_EXPIRY.run(
                    jedis, List.of(k), List.of(Long.toString(delta), Long.toString(millis))));
  }

  @Override
  public long value(String key) {
    String k = namespaced(key);
    String text = run(jedis -> jedis.get(k));
    if (text == null) {
      return 0;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw new IllegalStateException(key + " holds a value that is not an integer");
    }
  }

  @Override
  public RateDecision tryAcquire(String key, int capacity, double refillPerSecond, int tokens) {
    String k = namespaced(key);
    CacheArguments.bucket(capacity, refillPerSecond, tokens);
    List<?> answer =
        run(
            jedis ->
                (List<?>)
                    TOKEN_BUCKET.run(
                        jedis,
                        List.of(k),
                        List.of(
                            Integer.toString(capacity),
                            Double.toString(refillPerSecond),
                            Integer.toString(tokens))));
    long remaining = (Long) answer.get(1);
    if ((Long) answer.get(0) == 1L) {
      return RateDecision.granted(remaining);
    }
    long waitMicros = (Long) answer.get(2);
    return RateDecision.denied(remaining, Duration.ofNanos(Math.max(1_000, waitMicros * 1_000)));
  }

  /** PING through the pool: the readiness probe sees what the adapter sees. */
  public String ping() {
    return run(Jedis::ping)
        + " from "
        + address
        + " ("
        + pool.getNumActive()
        + " active, "
        + pool.getNumIdle()
        + " idle connections)";
  }

  @Override
  public void close() {
    pool.close();
  }

  private String namespaced(String key) {
    return namespace + CacheArguments.key(key);
  }

  private <T> T run(Function<Jedis, T> command) {
    try (Jedis jedis = pool.getResource()) {
      return command.apply(jedis);
    } catch (JedisAccessControlException e) {
      throw unavailable(e);
    } catch (JedisDataException e) {
      // the server refused the command for this key: wrong type, not an integer, overflow
      throw new IllegalStateException(e.getMessage(), e);
    } catch (JedisException e) {
      throw unavailable(e);
    }
  }

  private CacheUnavailableException unavailable(JedisException e) {
    return new CacheUnavailableException(
        "Redis at " + address + " did not answer: " + e.getClass().getSimpleName(), e);
  }

  /** The prefix as a SCAN pattern that matches it literally (a key may contain * ? [ ] \). */
  static String globEscaped(String literal) {
    StringBuilder pattern = new StringBuilder(literal.length() + 8);
    for (char c : literal.toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.toString();
  }

  private static String redacted(URI url) {
    return url == null ? "null" : url.getScheme() + "://" + url.getHost() + ":" + url.getPort();
  }
}
