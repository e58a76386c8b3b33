package io.ticketknowledge.operations.kubernetes;

import static io.ticketknowledge.operations.kubernetes.Violations.assertNone;
import static io.ticketknowledge.operations.kubernetes.Violations.assertReported;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkPolicyCoverageIT {

  @Test
  void theNamespaceDeniesEverythingByDefault() {
    assertNone(NetworkPolicyCoverage.defaultDeny(RepoFiles.deployed()));
  }

  @Test
  void dataServicesAdmitOnlyTheirClients() {
    assertNone(NetworkPolicyCoverage.dataServices(RepoFiles.deployed()));
  }

  @Test
  void noWorkloadReachesAnyAddress() {
    assertNone(NetworkPolicyCoverage.openEgress(RepoFiles.deployed()));
  }

  @Test
  void egressToAnyAddressIsReported() {
    List<String> v =
        NetworkPolicyCoverage.openEgress(RepoFiles.fixtureManifests("network-violations"));

    assertReported(v, "NetworkPolicy/open-egress", "egress to 0.0.0.0/0");
    assertReported(v, "NetworkPolicy/open-egress", "without 'to' reaches every address");
  }

  @Test
  void aMissingDefaultDenyIsReported() {
    List<Manifest> bad = RepoFiles.fixtureManifests("network-violations");

    assertReported(NetworkPolicyCoverage.defaultDeny(bad), "no default-deny NetworkPolicy");
  }

  @Test
  void openOrMissingDataServicePoliciesAreReported() {
    List<String> v =
        NetworkPolicyCoverage.dataServices(RepoFiles.fixtureManifests("network-violations"));

    assertReported(v, "NetworkPolicy/postgres", "admits frontend, which is not one of its clients");
    assertReported(v, "NetworkPolicy/redis", "without 'from' admits every source");
    assertReported(v, "NetworkPolicy/elasticsearch", "from outside the namespace's pods");
    assertReported(v, "data service kafka: no NetworkPolicy selects its pods");
    assertReported(v, "data service logging-es: no NetworkPolicy");
  }
}
