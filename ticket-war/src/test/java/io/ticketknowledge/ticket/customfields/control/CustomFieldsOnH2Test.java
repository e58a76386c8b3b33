package io.ticketknowledge.ticket.customfields.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.ticketknowledge.platform.ModuleSchemaOnH2;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.attachments.entity.TicketAttachment;
import io.ticketknowledge.ticket.customfields.entity.CustomField;
import io.ticketknowledge.ticket.customfields.entity.FieldType;
import io.ticketknowledge.ticket.tickets.control.TicketQueriesOnH2;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V70 and V71 on H2 in PostgreSQL mode with the real persistence unit: definitions with options and
 * ticket types, values on tickets, the list filter field=key:value, and an attachment row.
 */
class CustomFieldsOnH2Test {

  private ModuleSchemaOnH2 db;

  @BeforeEach
  void setUp() {
    db = new ModuleSchemaOnH2("ticket");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void valuesAreStoredReadAndFiltered() {
    List<Long> ids = new ArrayList<>();
    db.inTransaction(
        em -> {
          CustomField site = new CustomField("site", FieldType.MULTI_SELECT);
          site.define(
              "地點",
              "Site",
              false,
              true,
              null,
              null,
              null,
              List.of("台北", "高雄"),
              Set.of(TicketType.INCIDENT),
              10,
              true);
          em.persist(site);
          for (String chosen : List.of("台北", "高雄")) {
            Ticket ticket =
                Ticket.open(
                    "TK-2026-00000" + ids.size(),
                    "s",
                    "d",
                    TicketType.INCIDENT,
                    null,
                    Level.LOW,
                    Level.LOW,
                    "requester1",
                    "王小明",
                    null);
            ticket.setCustomField("site", FieldType.MULTI_SELECT, List.of(chosen, "台北"));
            ticket.setCustomField("floor", FieldType.NUMBER, List.of("3"));
            em.persist(ticket);
            em.flush();
            ids.add(ticket.id());
          }
          em.persist(
              new TicketAttachment(
                  ids.get(0),
                  null,
                  false,
                  "2026/03/02/3f0c6b1e-9d2a-4c4e-8f1a-2b7d5e9c0a11",
                  "網路.pdf",
                  "application/pdf",
                  10,
                  "0".repeat(64),
                  "requester1",
                  "王小明"));
        });
    db.inTransaction(
        em -> {
          CustomField site =
              em.createQuery("SELECT f FROM CustomField f", CustomField.class).getSingleResult();
          assertEquals(List.of("台北", "高雄"), site.options());
          assertEquals(Set.of(TicketType.INCIDENT), site.ticketTypes());
          Ticket first = em.find(Ticket.class, ids.get(0));
          assertEquals(
              "{floor=3, site=[\"台北\"]}", FieldRule.jsonOf(first.customFields()).toString());
          Ticket second = em.find(Ticket.class, ids.get(1));
          assertEquals(2, second.customFields().get("site").size());
          assertEquals(
              List.of(ids.get(1)),
              TicketQueriesOnH2.ids(em, List.of(FieldFilter.parse("site:高雄"))));
          assertEquals(
              List.of(ids.get(1), ids.get(0)),
              TicketQueriesOnH2.ids(
                  em, List.of(FieldFilter.parse("site:台北"), FieldFilter.parse("floor:3"))));
          assertEquals(List.of(), TicketQueriesOnH2.ids(em, List.of(FieldFilter.parse("floor:4"))));
          TicketAttachment attachment =
              em.createQuery(
                      "SELECT a FROM TicketAttachment a WHERE a.ticketId = :t",
                      TicketAttachment.class)
                  .setParameter("t", ids.get(0))
                  .getSingleResult();
          assertNotNull(em.find(TicketAttachment.class, attachment.id()));
          assertEquals(36, attachment.id().length());
          assertEquals("網路.pdf", attachment.fileName());
        });
  }

  @Test
  void definitionsAreKeptByTheirRules() {
    db.inTransaction(
        em -> {
          CustomFields fields = new CustomFields();
          fields.em = em;
          CustomField floor =
              fields.create(
                  new io.ticketknowledge.ticket.customfields.boundary.NewCustomField(
                      "floor",
                      "樓層",
                      "Floor",
                      FieldType.NUMBER,
                      false,
                      false,
                      java.math.BigDecimal.ONE,
                      java.math.BigDecimal.TEN,
                      null,
                      null,
                      null,
                      null,
                      null));
          CustomField note =
              fields.create(
                  new io.ticketknowledge.ticket.customfields.boundary.NewCustomField(
                      "note",
                      "備註",
                      "Note",
                      FieldType.TEXT,
                      true,
                      true,
                      null,
                      null,
                      20,
                      List.of(),
                      Set.of(TicketType.PROBLEM),
                      5,
                      null));
          assertEquals(10, floor.position());
          assertEquals(List.of("note", "floor"), keys(fields.list(false, null)));
          assertEquals(List.of("floor"), keys(fields.list(false, TicketType.QUESTION)));
          assertEquals(
              ProblemKind.CONFLICT,
              org.junit.jupiter.api.Assertions.assertThrows(
                      ApiException.class,
                      () ->
                          fields.create(
                              new io.ticketknowledge.ticket.customfields.boundary.NewCustomField(
                                  "floor",
                                  "x",
                                  "x",
                                  FieldType.TEXT,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null,
                                  null)))
                  .kind());

          Ticket ticket =
              Ticket.open(
                  "TK-2026-000099",
                  "s",
                  "d",
                  TicketType.INCIDENT,
                  null,
                  Level.LOW,
                  Level.LOW,
                  "requester1",
                  "王小明",
                  null);
          ticket.setCustomField("floor", FieldType.NUMBER, List.of("3"));
          em.persist(ticket);
          em.flush();
          ApiException inUse =
              org.junit.jupiter.api.Assertions.assertThrows(
                  ApiException.class,
                  () -> fields.delete(floor.id(), "\"" + floor.version() + "\""));
          assertEquals("customfield.in-use", inUse.detailKey());
          fields.change(
              floor.id(),
              new io.ticketknowledge.ticket.customfields.boundary.CustomFieldChanges(
                  null, null, null, null, null, null, null, null, null, null, false),
              "\"" + floor.version() + "\"");
          assertEquals(List.of("note"), keys(fields.list(false, null)));
          assertEquals(2, fields.list(true, null).size());
          fields.delete(note.id(), "\"" + note.version() + "\"");
          assertEquals(List.of("floor"), keys(fields.list(true, null)));
        });
  }

  private static List<String> keys(List<CustomField> fields) {
    return fields.stream().map(CustomField::key).toList();
  }
}
