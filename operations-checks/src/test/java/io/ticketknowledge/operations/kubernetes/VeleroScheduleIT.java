package io.ticketknowledge.operations.kubernetes;

import static io.ticketknowledge.operations.kubernetes.Violations.assertNone;
import static io.ticketknowledge.operations.kubernetes.Violations.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VeleroScheduleIT {

  @Test
  void aDailyScheduleBacksUpTheNamespaceWithATtl() {
    List<Manifest> schedules =
        RepoFiles.deployed().stream().filter(m -> m.kind().equals("Schedule")).toList();

    assertEquals(1, schedules.size(), "expected one Velero Schedule");
    assertNone(VeleroScheduleShape.check(schedules.get(0), NamespacePolicy.NAMESPACE));
    assertTrue(schedules.get(0).file().toString().contains("backup/velero"));
  }

  @Test
  void typosBadCronAndBadTtlAreReported() {
    Manifest bad = RepoFiles.fixtureManifests("velero-violations").get(0);

    List<String> v = VeleroScheduleShape.check(bad, NamespacePolicy.NAMESPACE);

    assertReported(v, "Schedule/broken", "spec.template has unknown field includeNamespaces");
    assertReported(v, "Schedule/broken", "includedNamespaces does not include ticket-knowledge");
    assertReported(v, "Schedule/broken", "spec.schedule 0 2 * * is not a five-field cron");
    assertReported(v, "Schedule/broken", "spec.template.ttl 30d is not a duration");
  }

  @Test
  void cronExpressionsAreChecked() {
    assertTrue(VeleroScheduleShape.validCron("30 2 * * *"));
    assertTrue(VeleroScheduleShape.validCron("*/15 0-6 1,15 * 1-5"));
    assertFalse(VeleroScheduleShape.validCron("@daily x"));
    assertFalse(VeleroScheduleShape.validCron("0 2 * * * *"));
  }
}
