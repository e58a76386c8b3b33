package io.ticketknowledge.platform.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run atomically on the Redis server: by its SHA-1 (the text travels once per server
 * start), with the text itself when the server does not know it yet.
 */
final class RedisScript {

  private final String source;
  private final String sha1;

  RedisScript(String source) {
    this.source = source;
    try {
      this.sha1 =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-1")
                      .digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  Object run(Jedis jedis, List<String> keys, List<String> args) {
    try {
      return jedis.evalsha(sha1, keys, args);
    } catch (JedisNoScriptException unknownToServer) {
      // EVAL also stores the script, so the next EVALSHA finds it
      return jedis.eval(source, keys, args);
    }
  }
}
