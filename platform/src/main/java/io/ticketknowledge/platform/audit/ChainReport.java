package io.ticketknowledge.platform.audit;

/**
 * What verifying a chain found: intact, or the first broken link ({@code brokenAt}, the seq where
 * the chain stops being trustworthy) and why. {@code records} and {@code checkpoints} count what
 * was checked and found good; {@code signed} is false when no key was available to check
 * signatures.
 */
public record ChainReport(
    String schema,
    boolean intact,
    long records,
    long checkpoints,
    boolean signed,
    Long brokenAt,
    String problem,
    String lastHash) {

  static ChainReport intact(
      String schema, long records, long checkpoints, boolean signed, String lastHash) {
    return new ChainReport(schema, true, records, checkpoints, signed, null, null, lastHash);
  }

  static ChainReport broken(
      String schema,
      long records,
      long checkpoints,
      boolean signed,
      long brokenAt,
      String problem,
      String lastGoodHash) {
    return new ChainReport(
        schema, false, records, checkpoints, signed, brokenAt, problem, lastGoodHash);
  }
}
