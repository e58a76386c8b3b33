package io.ticketknowledge.ticket.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.ticket.webhooks.entity.AddressClass;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address table of decision 0023: what each literal means and whether it may be called. */
class IpAddressesTest {

  @ParameterizedTest(name = "{0} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // host as written          | address it means  | class
        "127.0.0.1                  | 127.0.0.1         | LOOPBACK",
        "127.1                      | 127.0.0.1         | LOOPBACK",
        "0x7f.1                     | 127.0.0.1         | LOOPBACK",
        "0x7F000001                 | 127.0.0.1         | LOOPBACK",
        "2130706433                 | 127.0.0.1         | LOOPBACK",
        "0177.0.0.1                 | 127.0.0.1         | LOOPBACK",
        "017700000001               | 127.0.0.1         | LOOPBACK",
        "127.0.0.1.                 | 127.0.0.1         | LOOPBACK",
        "127.255.255.254            | 127.255.255.254   | LOOPBACK",
        "0.0.0.0                    | 0.0.0.0           | UNSPECIFIED",
        "0                          | 0.0.0.0           | UNSPECIFIED",
        "0.1.2.3                    | 0.1.2.3           | UNSPECIFIED",
        "10.0.0.1                   | 10.0.0.1          | PRIVATE",
        "012.0.0.1                  | 10.0.0.1          | PRIVATE",
        "172.16.0.1                 | 172.16.0.1        | PRIVATE",
        "172.31.255.255             | 172.31.255.255    | PRIVATE",
        "192.168.1.1                | 192.168.1.1       | PRIVATE",
        "3232235777                 | 192.168.1.1       | PRIVATE",
        "100.64.0.1                 | 100.64.0.1        | SHARED",
        "169.254.169.254            | 169.254.169.254   | LINK_LOCAL",
        "0xa9fea9fe                 | 169.254.169.254   | LINK_LOCAL",
        "224.0.0.1                  | 224.0.0.1         | MULTICAST",
        "239.255.255.250            | 239.255.255.250   | MULTICAST",
        "255.255.255.255            | 255.255.255.255   | RESERVED",
        "240.0.0.1                  | 240.0.0.1         | RESERVED",
        "192.0.2.10                 | 192.0.2.10        | RESERVED",
        "198.18.0.1                 | 198.18.0.1        | RESERVED",
        "8.8.8.8                    | 8.8.8.8           | PUBLIC",
        "172.32.0.1                 | 172.32.0.1        | PUBLIC",
        "100.128.0.1                | 100.128.0.1       | PUBLIC",
        "::1                        | ::1               | LOOPBACK",
        "[::1]                      | ::1               | LOOPBACK",
        "::                         | ::                | UNSPECIFIED",
        "[::ffff:127.0.0.1]         | 127.0.0.1         | LOOPBACK",
        "::ffff:7f00:1              | 127.0.0.1         | LOOPBACK",
        "[::ffff:169.254.169.254]   | 169.254.169.254   | LINK_LOCAL",
        "::ffff:10.1.2.3            | 10.1.2.3          | PRIVATE",
        "::127.0.0.1                | ::7f00:1          | LOOPBACK",
        "::8.8.8.8                  | ::808:808         | RESERVED",
        "64:ff9b::7f00:1            | 64:ff9b::7f00:1   | LOOPBACK",
        "64:ff9b::a9fe:a9fe         | 64:ff9b::a9fe:a9fe | LINK_LOCAL",
        "2002:7f00:1::              | 2002:7f00:1::     | LOOPBACK",
        "2002:808:808::1            | 2002:808:808::1   | RESERVED",
        "fc00::1                    | fc00::1           | PRIVATE",
        "fd00:ec2::254              | fd00:ec2::254     | PRIVATE",
        "fec0::1                    | fec0::1           | PRIVATE",
        "fe80::1                    | fe80::1           | LINK_LOCAL",
        "ff02::1                    | ff02::1           | MULTICAST",
        "2001:db8::1                | 2001:db8::1       | RESERVED",
        "2001:0:4136:e378::1        | 2001:0:4136:e378::1 | RESERVED",
        "100::1                     | 100::1            | RESERVED",
        "2606:4700:4700::1111       | 2606:4700:4700::1111 | PUBLIC",
      })
  void literalsMeanWhatResolversMakeOfThem(String host, String address, AddressClass expected)
      throws Exception {
    InetAddress literal = IpAddresses.literal(host).orElseThrow();
    assertEquals(InetAddress.getByName(address), literal, host);
    assertEquals(expected, IpAddresses.classify(literal), host);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "hooks.example.com", "3com.com", "1e100.net", "localhost"})
  void namesAreNoLiterals(String host) {
    assertTrue(IpAddresses.literal(host).isEmpty(), host);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.3.256",
        "256.1",
        "1.2.3.4.5",
        "0x100.1",
        "4294967296",
        "09.1.1.1",
        "::g",
        "fe80::1%eth0",
        "99999999999999999999999"
      })
  void numericHostsThatAreNoAddressAreRefused(String host) {
    assertThrows(IllegalArgumentException.class, () -> IpAddresses.literal(host), host);
  }
}
