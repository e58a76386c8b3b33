package io.ticketknowledge.ticket.webhooks.control;

/**
 * A webhook URL the guard does not send to; {@code reason} is the message key the API's problem
 * names (e.g. {@code webhook.address-refused}), {@code detail} what it was about.
 */
public class WebhookTargetRefused extends RuntimeException {

  private final String reason;
  private final String detail;

  public WebhookTargetRefused(String reason, String detail) {
    super(reason + ": " + detail, null, false, false);
    this.reason = reason;
    this.detail = detail;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }
}
