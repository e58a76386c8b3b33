package io.ticketknowledge.platform.cache;

/** The cache contract on the in-JVM adapter. */
class MemoryCacheContractTest extends CacheContract {

  @Override
  CacheStore open(String namespace) {
    return new MemoryCache(namespace, 10_000);
  }
}
