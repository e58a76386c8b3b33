package io.ticketknowledge.ticket.webhooks.entity;

/**
 * What kind of network an IP address belongs to. Only {@link #PUBLIC} addresses receive webhooks
 * unless an admin allow-listed the host or a range (decision 0023: no SSRF).
 */
public enum AddressClass {
  PUBLIC,
  /** 127.0.0.0/8, ::1 */
  LOOPBACK,
  /** 10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10 */
  PRIVATE,
  /** 100.64.0.0/10: carrier-grade NAT, as internal as private space */
  SHARED,
  /** 169.254/16 (cloud metadata lives here), fe80::/10 */
  LINK_LOCAL,
  /** 224/4, ff00::/8 */
  MULTICAST,
  /** 0.0.0.0/8, :: */
  UNSPECIFIED,
  /** documentation, benchmarking, 240/4 and broadcast, Teredo, and IPv6 outside 2000::/3 */
  RESERVED;

  public boolean receivesWebhooks() {
    return this == PUBLIC;
  }
}
