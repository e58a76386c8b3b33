package io.ticketknowledge.ticket.webhooks.control;

import io.ticketknowledge.ticket.webhooks.entity.AddressClass;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads IP literals the way resolvers do and tells which network an address belongs to. Resolvers
 * accept far more than dotted quads ({@code 0x7f.1}, {@code 2130706433}, {@code 0177.0.0.1} are all
 * 127.0.0.1 to inet_aton), so a host made only of numbers is read here as such a literal instead of
 * being handed to DNS, where it would mean the same loopback address without the guard noticing.
 */
public final class IpAddresses {

  /** A label of a numeric IPv4 form: decimal, octal (leading 0) or hex (0x). */
  private static final Pattern NUMERIC_LABEL = Pattern.compile("(0[xX][0-9a-fA-F]*|[0-9]+)");

  private IpAddresses() {}

  /**
   * The address a host names literally (IPv4 in any inet_aton form, IPv6 with or without brackets),
   * or empty for a DNS name.
   *
   * @throws IllegalArgumentException for a numeric host that is no valid address (e.g. {@code
   *     1.2.3.256}): refused rather than left to a resolver's interpretation
   */
  public static Optional<InetAddress> literal(String host) {
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.contains(":")) {
      return Optional.of(ipv6(name));
    }
    String[] labels = name.split("\\.", -1);
    if (!Arrays.stream(labels).allMatch(label -> NUMERIC_LABEL.matcher(label).matches())) {
      return Optional.empty();
    }
    return Optional.of(ipv4(labels));
  }

  private static InetAddress ipv6(String text) {
    if (!text.matches("[0-9a-fA-F:.]+")) {
      // zone ids (%eth0) and anything else a resolver might still interpret
      throw new IllegalArgumentException("not an IPv6 address: " + text);
    }
    try {
      return InetAddress.getByName("[" + text + "]");
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IPv6 address: " + text, e);
    }
  }

  /** inet_aton: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits). */
  private static InetAddress ipv4(String[] labels) {
    if (labels.length > 4) {
      throw new IllegalArgumentException("too many parts for an IPv4 address");
    }
    long value = 0;
    for (int i = 0; i < labels.length; i++) {
      long part = number(labels[i]);
      boolean last = i == labels.length - 1;
      long limit = last ? (1L << (8 * (4 - i))) - 1 : 255;
      if (part > limit) {
        throw new IllegalArgumentException("IPv4 part out of range: " + labels[i]);
      }
      value = last ? (value << (8 * (4 - i))) | part : (value << 8) | part;
    }
    byte[] bytes = {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are an IPv4 address", e);
    }
  }

  private static long number(String label) {
    try {
      String lower = label.toLowerCase(Locale.ROOT);
      if (lower.startsWith("0x")) {
        return lower.length() == 2 ? 0 : Long.parseLong(lower.substring(2), 16);
      }
      if (lower.length() > 1 && lower.startsWith("0")) {
        return Long.parseLong(lower.substring(1), 8);
      }
      return Long.parseLong(lower);
    } catch (NumberFormatException e) {
      // longer than a long, or 8/9 in an octal part: no address
      throw new IllegalArgumentException("not an IPv4 part: " + label, e);
    }
  }

  /** The network {@code address} belongs to; addresses embedding an IPv4 one are judged by it. */
  public static AddressClass classify(InetAddress address) {
    byte[] b = address.getAddress();
    return address instanceof Inet4Address ? classify4(b) : classify6(b);
  }

  private static AddressClass classify4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    if (a0 == 0) {
      return AddressClass.UNSPECIFIED;
    }
    if (a0 == 127) {
      return AddressClass.LOOPBACK;
    }
    if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
      return AddressClass.PRIVATE;
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return AddressClass.SHARED;
    }
    if (a0 == 169 && a1 == 254) {
      return AddressClass.LINK_LOCAL;
    }
    if (a0 >= 224 && a0 <= 239) {
      return AddressClass.MULTICAST;
    }
    if (a0 >= 240
        || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))
        || (a0 == 198 && (a1 == 18 || a1 == 19))
        || (a0 == 198 && a1 == 51 && a2 == 100)
        || (a0 == 203 && a1 == 0 && a2 == 113)) {
      return AddressClass.RESERVED;
    }
    return AddressClass.PUBLIC;
  }

  private static AddressClass classify6(byte[] b) {
    boolean firstTenZero = allZero(b, 0, 10);
    if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return classify4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped ::ffff:a.b.c.d
    }
    if (firstTenZero && b[10] == 0 && b[11] == 0) {
      if (allZero(b, 12, 15)) {
        return b[15] == 0
            ? AddressClass.UNSPECIFIED
            : b[15] == 1 ? AddressClass.LOOPBACK : AddressClass.RESERVED;
      }
      return worst(classify4(Arrays.copyOfRange(b, 12, 16))); // IPv4-compatible ::a.b.c.d
    }
    int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if (w0 == 0x0064 && w1 == 0xff9b && allZero(b, 4, 12)) {
      return classify4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::a.b.c.d
    }
    if (w0 == 0x2002) {
      return worst(classify4(Arrays.copyOfRange(b, 2, 6))); // 6to4 reaches the embedded address
    }
    if ((w0 & 0xfe00) == 0xfc00 || (w0 & 0xffc0) == 0xfec0) {
      return AddressClass.PRIVATE;
    }
    if ((w0 & 0xffc0) == 0xfe80) {
      return AddressClass.LINK_LOCAL;
    }
    if ((w0 & 0xff00) == 0xff00) {
      return AddressClass.MULTICAST;
    }
    if ((w0 == 0x2001 && w1 == 0x0db8) || (w0 == 0x2001 && w1 == 0) || (w0 & 0xe000) != 0x2000) {
      return AddressClass.RESERVED; // documentation, Teredo, and all outside global unicast
    }
    return AddressClass.PUBLIC;
  }

  /** An embedding form is itself unusual: even a public IPv4 inside it is not sent to. */
  private static AddressClass worst(AddressClass embedded) {
    return embedded == AddressClass.PUBLIC ? AddressClass.RESERVED : embedded;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
