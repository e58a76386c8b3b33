package io.ticketknowledge.ticket.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetGuardTest {

  /** A DNS of our own: names to addresses, nothing else resolves. */
  private static final Map<String, String[]> DNS =
      Map.of(
          "hooks.example.com", new String[] {"93.184.216.34"},
          "rebound.example.com", new String[] {"93.184.216.34", "127.0.0.1"},
          "metadata.example.com", new String[] {"169.254.169.254"},
          "localhost", new String[] {"127.0.0.1", "::1"},
          "intranet.corp", new String[] {"10.20.1.5"});

  private static InetAddress[] resolve(String host) throws UnknownHostException {
    String[] found = DNS.get(host);
    if (found == null) {
      throw new UnknownHostException(host);
    }
    InetAddress[] addresses = new InetAddress[found.length];
    for (int i = 0; i < found.length; i++) {
      addresses[i] = InetAddress.getByName(found[i]);
    }
    return addresses;
  }

  private final WebhookTargetGuard strict =
      new WebhookTargetGuard(List.of(), List.of(), WebhookTargetGuardTest::resolve);

  @Test
  void publicNamesPass() throws Exception {
    assertEquals(
        List.of(InetAddress.getByName("93.184.216.34")),
        strict.check(URI.create("https://hooks.example.com/tk")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://rebound.example.com/hook",
        "http://metadata.example.com/latest/meta-data",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://[fd00:ec2::254]/",
        "http://0.0.0.0/",
        "http://10.0.0.1/",
        "http://intranet.corp/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://127.1/",
        "ftp://hooks.example.com/",
        "file:///etc/passwd",
        "http://user:pw@hooks.example.com/",
        "http://unknown.example.com/",
        "http:///nohost",
      })
  void privateLoopbackMetadataAndOddUrlsAreRefused(String url) {
    assertThrows(WebhookTargetRefused.class, () -> strict.check(URI.create(url)), url);
  }

  @Test
  void anAllowListedHostOrRangePasses() throws Exception {
    WebhookTargetGuard trusting =
        new WebhookTargetGuard(
            List.of("127.0.0.1", " Intranet.Corp "),
            List.of(Cidr.parse("fd00:1::/64")),
            WebhookTargetGuardTest::resolve);
    trusting.check(URI.create("http://127.0.0.1:9999/hook"));
    trusting.check(URI.create("http://intranet.corp/hook"));
    trusting.check(URI.create("http://[fd00:1::5]/hook"));
    // the allow-list names hosts exactly: other spellings of loopback stay refused
    assertThrows(
        WebhookTargetRefused.class, () -> trusting.check(URI.create("http://localhost/hook")));
    assertThrows(
        WebhookTargetRefused.class, () -> trusting.check(URI.create("http://[fd00:2::5]/hook")));
    assertThrows(
        WebhookTargetRefused.class, () -> trusting.check(URI.create("http://127.0.0.2/hook")));
  }

  @Test
  void rangesMatchByPrefix() throws Exception {
    Cidr range = Cidr.parse("10.20.0.0/16");
    assertEquals(true, range.contains(InetAddress.getByName("10.20.255.1")));
    assertEquals(false, range.contains(InetAddress.getByName("10.21.0.1")));
    assertEquals(false, range.contains(InetAddress.getByName("::1")));
    assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> Cidr.parse("intranet/8"));
  }
}
