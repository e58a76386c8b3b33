package io.ticketknowledge.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {

  private final IndexDefinition v2 =
      new IndexDefinition(
          "tickets", 2, List.of(FieldDefinition.text("subject", 2), FieldDefinition.keyword("s")));

  @Test
  void anIndexOfThisVersionAndFieldsIsCurrent() {
    assertEquals(IndexStatus.CURRENT, v2.statusOf("2", v2.fingerprint()));
  }

  @Test
  void anIndexOfAnotherOrNoVersionIsOutdated() {
    assertEquals(IndexStatus.OUTDATED, v2.statusOf("1", "whatever"));
    assertEquals(IndexStatus.OUTDATED, v2.statusOf(null, null));
  }

  @Test
  void changedFieldsUnderTheSameVersionAreRefused() {
    IndexDefinition changed =
        new IndexDefinition("tickets", 2, List.of(FieldDefinition.text("subject", 2)));
    assertThrows(IllegalStateException.class, () -> v2.statusOf("2", changed.fingerprint()));
  }
}
