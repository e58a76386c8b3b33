package io.ticketknowledge.platform.blobs;

import io.ticketknowledge.platform.ports.PortException;

/** The blob store refused what it was asked, for a {@link Reason} the caller can act on. */
public class BlobRefusedException extends PortException {

  /** Why a blob was refused. */
  public enum Reason {
    /** The content's detected type is not on the allow-list. */
    TYPE_NOT_ACCEPTED,
    /** The content is larger than the limit. */
    TOO_LARGE,
    /** No blob has the key (any more). */
    NOT_FOUND,
    /** The key is not of the format this store generates. */
    INVALID_KEY,
    /** The byte range selects nothing of the content; the first argument is its size. */
    RANGE_NOT_SATISFIABLE
  }

  private final Reason reason;

  public BlobRefusedException(Reason reason, String messageKey, Object... args) {
    super(reason + (messageKey == null ? "" : ": " + messageKey), null, messageKey, args);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** A range outside content of {@code size} bytes. */
  public static BlobRefusedException rangeNotSatisfiable(long size) {
    return new BlobRefusedException(Reason.RANGE_NOT_SATISFIABLE, null, size);
  }

  /** The content's size, for a refused range. */
  public long size() {
    return (Long) messageArgs()[0];
  }
}
