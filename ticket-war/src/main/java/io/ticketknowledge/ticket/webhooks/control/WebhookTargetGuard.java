package io.ticketknowledge.ticket.webhooks.control;

import io.ticketknowledge.ticket.webhooks.entity.AddressClass;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a webhook URL may be called (decision 0023, no SSRF): http(s) only, no user info,
 * and every address the host resolves to must be public, unless the host is on the admins'
 * allow-list ({@code tk.webhooks.allowed-hosts}) or all its addresses lie in allowed ranges ({@code
 * tk.webhooks.allowed-cidrs}). Checked at registration AND before every delivery, because a DNS
 * name can point elsewhere later (rebinding).
 */
public class WebhookTargetGuard {

  /** Resolves a DNS name; the production one asks the JVM's resolver. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final Set<String> allowedHosts;
  private final List<Cidr> allowedRanges;
  private final Resolver resolver;

  public WebhookTargetGuard(
      Collection<String> allowedHosts, Collection<Cidr> allowedRanges, Resolver resolver) {
    this.allowedHosts =
        allowedHosts.stream()
            .map(String::strip)
            .filter(host -> !host.isEmpty())
            .map(host -> host.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.allowedRanges = List.copyOf(allowedRanges);
    this.resolver = resolver;
  }

  /**
   * The addresses the URL's host stands for, all of which may be called.
   *
   * @throws WebhookTargetRefused otherwise
   */
  public List<InetAddress> check(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new WebhookTargetRefused("webhook.url-scheme", String.valueOf(url.getScheme()));
    }
    if (url.getRawUserInfo() != null) {
      throw new WebhookTargetRefused("webhook.url-user-info", url.getHost());
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      throw new WebhookTargetRefused("webhook.url-host", String.valueOf(url.getRawAuthority()));
    }
    String name = host.toLowerCase(Locale.ROOT);
    List<InetAddress> addresses = addressesOf(name);
    if (allowedHosts.contains(name)
        || addresses.stream().allMatch(a -> allowedRanges.stream().anyMatch(r -> r.contains(a)))) {
      return addresses;
    }
    for (InetAddress address : addresses) {
      AddressClass kind = IpAddresses.classify(address);
      if (!kind.receivesWebhooks()) {
        throw new WebhookTargetRefused(
            "webhook.address-refused", host + " → " + address.getHostAddress() + " (" + kind + ")");
      }
    }
    return addresses;
  }

  private List<InetAddress> addressesOf(String host) {
    try {
      var literal = IpAddresses.literal(host);
      if (literal.isPresent()) {
        return List.of(literal.get());
      }
      InetAddress[] resolved = resolver.resolve(host);
      if (resolved == null || resolved.length == 0) {
        throw new WebhookTargetRefused("webhook.url-unresolvable", host);
      }
      return List.of(resolved);
    } catch (IllegalArgumentException e) {
      throw new WebhookTargetRefused("webhook.url-host", host);
    } catch (UnknownHostException e) {
      throw new WebhookTargetRefused("webhook.url-unresolvable", host);
    }
  }
}
