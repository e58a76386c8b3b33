package io.ticketknowledge.ticket.customfields.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.customfields.entity.FieldType;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRuleTest {

  static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  static FieldRule rule(FieldType type) {
    return new FieldRule("f", type, false, null, null, null, List.of());
  }

  /** The refusal's message key; asserts it names the field. */
  static String refusal(FieldRule rule, String value) {
    ApiException e = assertThrows(ApiException.class, () -> rule.canonical(json(value)));
    assertEquals(ProblemKind.BAD_REQUEST, e.kind());
    assertEquals(rule.key(), e.detailArgs()[0]);
    return e.detailKey();
  }

  @Test
  void textIsStrippedAndLimited() {
    FieldRule text = new FieldRule("asset_tag", FieldType.TEXT, false, null, null, 5, List.of());
    assertEquals(List.of("NB-01"), text.canonical(json("\"  NB-01 \"")));
    assertEquals(List.of("資產編號五"), text.canonical(json("\"資產編號五\"")));
    assertEquals("customfield.too-long", refusal(text, "\"NB-012\""));
    assertEquals("customfield.unclean-text", refusal(text, "\"a\\u202Eb\""));
    assertEquals("customfield.wrong-type", refusal(text, "12"));
  }

  @Test
  void numbersKeepToTheirRange() {
    FieldRule floor =
        new FieldRule(
            "floor",
            FieldType.NUMBER,
            false,
            BigDecimal.ONE,
            new BigDecimal("12"),
            null,
            List.of());
    assertEquals(List.of("3"), floor.canonical(json("3.000")));
    assertEquals(List.of("12"), floor.canonical(json("12")));
    assertEquals(List.of("1.5"), floor.canonical(json("1.50")));
    assertEquals("customfield.below-min", refusal(floor, "0"));
    assertEquals("customfield.above-max", refusal(floor, "12.01"));
    assertEquals("customfield.wrong-type", refusal(floor, "\"3\""));
    assertEquals("customfield.number-range", refusal(floor, "1.00001"));
  }

  @Test
  void datesAreIsoDates() {
    assertEquals(List.of("2026-03-02"), rule(FieldType.DATE).canonical(json("\"2026-03-02\"")));
    assertEquals("customfield.wrong-type", refusal(rule(FieldType.DATE), "\"2026-02-30\""));
    assertEquals("customfield.wrong-type", refusal(rule(FieldType.DATE), "\"02/03/2026\""));
  }

  @Test
  void selectionsTakeOnlyTheirOptionsInTheirOrder() {
    List<String> options = List.of("台北", "台中", "高雄");
    FieldRule site = new FieldRule("site", FieldType.SELECT, false, null, null, null, options);
    assertEquals(List.of("台中"), site.canonical(json("\"台中\"")));
    assertEquals("customfield.unknown-option", refusal(site, "\"台南\""));
    FieldRule sites =
        new FieldRule("sites", FieldType.MULTI_SELECT, true, null, null, null, options);
    assertEquals(List.of("台北", "高雄"), sites.canonical(json("[\"高雄\",\"台北\",\"高雄\"]")));
    assertEquals("customfield.required", refusal(sites, "[]"));
    assertEquals("customfield.wrong-type", refusal(sites, "\"台北\""));
  }

  @Test
  void checkboxesAreBooleans() {
    assertEquals(List.of("true"), rule(FieldType.CHECKBOX).canonical(JsonValue.TRUE));
    assertEquals(List.of("false"), rule(FieldType.CHECKBOX).canonical(JsonValue.FALSE));
    assertEquals("customfield.wrong-type", refusal(rule(FieldType.CHECKBOX), "\"true\""));
  }

  @Test
  void nullClearsUnlessRequired() {
    assertEquals(List.of(), rule(FieldType.TEXT).canonical(JsonValue.NULL));
    assertEquals(List.of(), rule(FieldType.TEXT).canonical(null));
    FieldRule required = new FieldRule("f", FieldType.TEXT, true, null, null, null, List.of());
    assertEquals("customfield.required", refusal(required, "null"));
    assertEquals("customfield.required", refusal(required, "\"  \""));
  }

  @Test
  void definitionsMustFitTheirType() {
    assertEquals(
        "customfield.options-needed",
        assertThrows(ApiException.class, () -> rule(FieldType.SELECT).requireConsistent())
            .detailKey());
    assertEquals(
        "customfield.rule-not-for-type",
        assertThrows(
                ApiException.class,
                () ->
                    new FieldRule("f", FieldType.TEXT, false, BigDecimal.ONE, null, null, List.of())
                        .requireConsistent())
            .detailKey());
    assertEquals(
        "customfield.min-above-max",
        assertThrows(
                ApiException.class,
                () ->
                    new FieldRule(
                            "f",
                            FieldType.NUMBER,
                            false,
                            BigDecimal.TEN,
                            BigDecimal.ONE,
                            null,
                            List.of())
                        .requireConsistent())
            .detailKey());
    assertEquals(
        "customfield.duplicate-option",
        assertThrows(
                ApiException.class,
                () ->
                    new FieldRule("f", FieldType.SELECT, false, null, null, null, List.of("a", "a"))
                        .requireConsistent())
            .detailKey());
    new FieldRule("f", FieldType.NUMBER, false, BigDecimal.ONE, BigDecimal.TEN, null, List.of())
        .requireConsistent();
  }

  @Test
  void storedValuesBecomeTypedJson() {
    assertEquals(json("3"), FieldRule.toJson(FieldType.NUMBER, List.of("3")));
    assertEquals(JsonValue.TRUE, FieldRule.toJson(FieldType.CHECKBOX, List.of("true")));
    assertEquals(json("[\"a\"]"), FieldRule.toJson(FieldType.MULTI_SELECT, List.of("a")));
    assertEquals(json("[]"), FieldRule.toJson(FieldType.MULTI_SELECT, List.of()));
    assertEquals(json("\"x\""), FieldRule.toJson(FieldType.TEXT, List.of("x")));
  }
}
