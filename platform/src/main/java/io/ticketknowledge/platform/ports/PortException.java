package io.ticketknowledge.platform.ports;

/**
 * A failure a port reports in its own terms (an invalid query, search unavailable, a blob refused
 * for a reason), with a message key and arguments that say it to a person. The ports know nothing
 * of HTTP: {@code platform.problems.PortProblems} is the one place that turns these into problem
 * documents, while a consumer or a job decides for itself what to do with them.
 */
public abstract class PortException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] messageArgs;

  protected PortException(
      String message, Throwable cause, String messageKey, Object... messageArgs) {
    super(message, cause);
    this.messageKey = messageKey;
    this.messageArgs = messageArgs;
  }

  /** Key of the localized text that explains it, or null for the generic text of its kind. */
  public String messageKey() {
    return messageKey;
  }

  public Object[] messageArgs() {
    return messageArgs.clone();
  }
}
