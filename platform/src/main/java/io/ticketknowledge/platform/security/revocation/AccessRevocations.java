package io.ticketknowledge.platform.security.revocation;

import io.ticketknowledge.platform.cache.Cache;
import io.ticketknowledge.platform.cache.CacheUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which subjects are revoked, for every replica of both modules at once:
 *
 * <ul>
 *   <li>the <b>cache port</b> (Redis in production, shared by all replicas and both modules) holds
 *       {@code revoked:<subject>} for as long as a token issued before the revocation can live
 *       ({@code tk.auth.revocation.ttl});
 *   <li>the module's table {@code access_revocation} keeps it durably: written by the module that
 *       received the revocation, and copied by the other module the first time it sees the
 *       revocation in the cache;
 *   <li>each server keeps the table's rows in memory, reread every {@code
 *       tk.auth.revocation.refresh-seconds}: when the cache does not answer, or lost an entry, the
 *       table still refuses the subject — a cache outage never un-revokes anyone.
 * </ul>
 */
@ApplicationScoped
public class AccessRevocations {

  public static final String TTL_KEY = "tk.auth.revocation.ttl";
  public static final String REFRESH_KEY = "tk.auth.revocation.refresh-seconds";
  static final String CACHE_PREFIX = "revoked:";
  private static final Logger LOG = Logger.getLogger(AccessRevocations.class.getName());

  @Inject Cache cache;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  private Duration ttl;
  private Duration refresh;
  private final Map<String, Known> known = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  /** One module's durable revocations as last read, and when. */
  private record Known(Map<String, Revocation> bySubject, Instant readAt) {}

  @PostConstruct
  void configure() {
    var config = ConfigProvider.getConfig();
    configure(
        config.getOptionalValue(TTL_KEY, Duration.class).orElse(Duration.ofHours(24)),
        Duration.ofSeconds(config.getOptionalValue(REFRESH_KEY, Integer.class).orElse(30)));
  }

  void configure(Duration ttl, Duration refresh) {
    if (ttl.isNegative() || ttl.isZero() || refresh.isNegative()) {
      throw new IllegalArgumentException(TTL_KEY + " and " + REFRESH_KEY + " must be positive");
    }
    this.ttl = ttl;
    this.refresh = refresh;
  }

  /** Revokes every token of {@code subject} issued until now; durable first, then the cache. */
  public Revocation revoke(String schema, String subject, String by, String reason) {
    Revocation revocation =
        new Revocation(subject, clock.instant().truncatedTo(ChronoUnit.MILLIS), by, reason);
    store(schema, revocation);
    publish(revocation);
    known.remove(schema);
    return revocation;
  }

  /** The revocation that applies to {@code subject}, if any, from the cache or the table. */
  public Optional<Revocation> find(String schema, String subject) {
    Revocation durable = durable(schema).get(subject);
    Revocation cached = null;
    boolean cacheAnswered = false;
    try {
      cached = cache.get(CACHE_PREFIX + subject).map(value -> parse(subject, value)).orElse(null);
      cacheAnswered = true;
    } catch (CacheUnavailableException e) {
      LOG.log(Level.FINE, "revocations: cache unavailable, the table decides", e);
    }
    if (cached != null && (durable == null || cached.revokedAt().isAfter(durable.revokedAt()))) {
      // made through the other module or another replica: keep it here too (read repair)
      try {
        store(schema, cached);
        known.remove(schema);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "revocation of " + subject + " not copied to " + schema, e);
      }
      return Optional.of(cached);
    }
    if (durable != null && cached == null && cacheAnswered) {
      republish(durable);
    }
    return Optional.ofNullable(durable);
  }

  public List<Revocation> list(String schema) {
    return new ArrayList<>(read(schema).values());
  }

  private Map<String, Revocation> durable(String schema) {
    Known current = known.get(schema);
    Instant now = clock.instant();
    if (current == null || current.readAt().plus(refresh).isBefore(now)) {
      try {
        current = new Known(read(schema), now);
        known.put(schema, current);
      } catch (RuntimeException e) {
        if (current == null) {
          throw e;
        }
        LOG.log(Level.WARNING, "revocations of " + schema + " not reread; using the last read", e);
      }
    }
    return current.bySubject();
  }

  private void publish(Revocation revocation) {
    Duration left = Duration.between(clock.instant(), revocation.revokedAt().plus(ttl));
    if (left.isNegative() || left.isZero()) {
      return;
    }
    try {
      cache.put(
          CACHE_PREFIX + revocation.subject(),
          revocation.revokedAt().toEpochMilli() + "|" + revocation.revokedBy(),
          left);
    } catch (CacheUnavailableException e) {
      LOG.log(Level.WARNING, "revocation of " + revocation.subject() + " not in the cache yet", e);
    }
  }

  /** A revocation the cache lost (eviction, a Redis restart) is put back for the other module. */
  private void republish(Revocation revocation) {
    if (revocation.revokedAt().plus(ttl).isAfter(clock.instant())) {
      publish(revocation);
    }
  }

  private static Revocation parse(String subject, String value) {
    int bar = value.indexOf('|');
    try {
      long millis = Long.parseLong(bar < 0 ? value : value.substring(0, bar));
      return new Revocation(
          subject, Instant.ofEpochMilli(millis), bar < 0 ? "?" : value.substring(bar + 1), null);
    } catch (NumberFormatException e) {
      // an unreadable entry refuses the subject rather than letting it pass
      return new Revocation(subject, Instant.now(), "?", "unreadable cache entry");
    }
  }

  private void store(String schema, Revocation revocation) {
    String table = table(schema);
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement update =
          connection.prepareStatement(
              "update "
                  + table
                  + " set revoked_at = ?, revoked_by = ?, reason = ? where subject = ?"
                  + " and revoked_at < ?")) {
        update.setObject(1, utc(revocation.revokedAt()));
        update.setString(2, revocation.revokedBy());
        update.setString(3, revocation.reason());
        update.setString(4, revocation.subject());
        update.setObject(5, utc(revocation.revokedAt()));
        if (update.executeUpdate() > 0) {
          return;
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into "
                  + table
                  + " (subject, revoked_at, revoked_by, reason) select ?, ?, ?, ? where not exists"
                  + " (select 1 from "
                  + table
                  + " where subject = ?)")) {
        insert.setString(1, revocation.subject());
        insert.setObject(2, utc(revocation.revokedAt()));
        insert.setString(3, revocation.revokedBy());
        insert.setString(4, revocation.reason());
        insert.setString(5, revocation.subject());
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("revocation not stored in " + table, e);
    }
  }

  private Map<String, Revocation> read(String schema) {
    Map<String, Revocation> rows = new ConcurrentHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select subject, revoked_at, revoked_by, reason from "
                    + table(schema)
                    + " where revoked_at > ?")) {
      select.setObject(1, utc(clock.instant().minus(ttl)));
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.put(
              result.getString(1),
              new Revocation(
                  result.getString(1),
                  result.getObject(2, OffsetDateTime.class).toInstant(),
                  result.getString(3),
                  result.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("revocations of " + schema + " not readable", e);
    }
    return rows;
  }

  private static String table(String schema) {
    return io.ticketknowledge.platform.audit.AuditChainStore.checkedSchema(schema)
        + ".access_revocation";
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
