package io.ticketknowledge.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonReaderTest {

  record Member(String userId, String name) {}

  record Group(
      String name, @JsonbProperty("desc") String description, Member lead, List<Member> members) {}

  @Test
  void declaredPropertiesPassAtEveryLevel() {
    assertDoesNotThrow(
        () ->
            StrictJsonReader.refuseUnknown(
                Group.class,
                json(
                    "{\"name\":\"a\",\"desc\":\"d\",\"lead\":{\"userId\":\"u\"},"
                        + "\"members\":[{\"userId\":\"u\",\"name\":\"n\"}]}"),
                ""));
  }

  @Test
  void anUnknownPropertyIsABadRequestNamingIt() {
    assertUnknown("{\"name\":\"a\",\"priorty\":\"P1\"}", "priorty");
    assertUnknown("{\"description\":\"d\"}", "description"); // the JSON name is desc
    assertUnknown("{\"lead\":{\"userId\":\"u\",\"role\":\"x\"}}", "lead.role");
    assertUnknown(
        "{\"members\":[{\"userId\":\"u\"},{\"userId\":\"v\",\"admin\":true}]}", "members[1].admin");
  }

  private static void assertUnknown(String body, String property) {
    ApiException refused =
        assertThrows(
            ApiException.class, () -> StrictJsonReader.refuseUnknown(Group.class, json(body), ""));
    assertEquals(ProblemKind.BAD_REQUEST, refused.kind());
    assertEquals("problem.unknown-property.detail", refused.detailKey());
    assertArrayEquals(new Object[] {property}, refused.detailArgs());
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
