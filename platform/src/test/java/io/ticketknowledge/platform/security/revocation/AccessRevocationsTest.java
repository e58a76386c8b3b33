package io.ticketknowledge.platform.security.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.H2InPostgresMode;
import io.ticketknowledge.platform.cache.Cache;
import io.ticketknowledge.platform.cache.CacheUnavailableException;
import io.ticketknowledge.platform.cache.MemoryCache;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Revocations through the cache, with the module tables as the fallback: one module revokes, the
 * other refuses through the cache and keeps a copy; a cache outage or a lost entry un-revokes
 * nobody.
 */
class AccessRevocationsTest {

  static final Path V100 =
      Path.of("../ticket-war/src/main/resources/db/migration/ticket/V100__audit_trail.sql");

  DataSource dataSource;
  MemoryCache cache = new MemoryCache("t:", 100);

  @BeforeEach
  void tables() throws Exception {
    dataSource = H2InPostgresMode.fresh();
    String ddl = Files.readString(V100);
    String table = ddl.substring(ddl.indexOf("CREATE TABLE access_revocation"));
    table = table.substring(0, table.indexOf(");") + 1);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String schema : new String[] {"ticket", "knowledge"}) {
        statement.execute("create schema " + schema);
        statement.execute(table.replace("access_revocation", schema + ".access_revocation"));
      }
    }
  }

  AccessRevocations module(Cache cache) {
    AccessRevocations revocations = new AccessRevocations();
    revocations.cache = cache;
    revocations.dataSource = dataSource;
    revocations.configure(Duration.ofHours(24), Duration.ofSeconds(30));
    return revocations;
  }

  static Cache broken() {
    return (Cache)
        Proxy.newProxyInstance(
            Cache.class.getClassLoader(),
            new Class<?>[] {Cache.class},
            (proxy, method, args) -> {
              throw new CacheUnavailableException("down", null);
            });
  }

  @Test
  void theOtherModuleRefusesThroughTheCacheAndKeepsACopy() {
    Revocation revocation = module(cache).revoke("ticket", "sub-1", "admin", "lost laptop");
    AccessRevocations knowledge = module(cache);
    assertEquals(revocation.revokedAt(), knowledge.find("knowledge", "sub-1").get().revokedAt());
    assertFalse(knowledge.find("knowledge", "sub-2").isPresent());
    // the cache goes down: the knowledge module's own copy still refuses
    assertTrue(module(broken()).find("knowledge", "sub-1").isPresent());
    assertTrue(module(broken()).find("ticket", "sub-1").isPresent());
  }

  @Test
  void aLostCacheEntryIsPutBackFromTheTable() {
    module(cache).revoke("ticket", "sub-1", "admin", null);
    MemoryCache restarted = new MemoryCache("t:", 100);
    assertTrue(module(restarted).find("ticket", "sub-1").isPresent());
    assertTrue(restarted.get("revoked:sub-1").isPresent(), "republished");
  }

  @Test
  void tokensIssuedAfterTheRevocationPass() {
    Revocation revocation = module(cache).revoke("ticket", "sub-1", "admin", null);
    long second = revocation.revokedAt().getEpochSecond();
    assertTrue(revocation.refuses(second - 60));
    assertTrue(revocation.refuses(second));
    assertFalse(revocation.refuses(second + 1));
  }

  @Test
  void aLaterRevocationReplacesTheEarlierOne() throws Exception {
    AccessRevocations ticket = module(cache);
    Revocation first = ticket.revoke("ticket", "sub-1", "admin", "one");
    Thread.sleep(5);
    Revocation second = ticket.revoke("ticket", "sub-1", "admin", "two");
    assertTrue(second.revokedAt().isAfter(first.revokedAt()));
    assertEquals(1, ticket.list("ticket").size());
    assertEquals("two", ticket.list("ticket").get(0).reason());
    cache.put("unused", "x", Duration.ofSeconds(1));
  }
}
