package io.ticketknowledge.ticket.webhooks.control;

import java.net.InetAddress;

/** An address range such as {@code 10.20.0.0/16} or {@code fd00:1::/64}, for the allow-list. */
public record Cidr(byte[] network, int prefix) {

  /**
   * @throws IllegalArgumentException for anything but {@code <IP literal>/<bits>} (or a bare IP)
   */
  public static Cidr parse(String text) {
    String[] parts = text.strip().split("/", 2);
    InetAddress address =
        IpAddresses.literal(parts[0])
            .orElseThrow(() -> new IllegalArgumentException("not an address range: " + text));
    byte[] bytes = address.getAddress();
    int prefix;
    try {
      prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an address range: " + text, e);
    }
    if (prefix < 0 || prefix > bytes.length * 8) {
      throw new IllegalArgumentException("prefix out of range: " + text);
    }
    return new Cidr(bytes, prefix);
  }

  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }
}
