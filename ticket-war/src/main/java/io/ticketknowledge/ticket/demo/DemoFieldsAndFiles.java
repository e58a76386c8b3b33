package io.ticketknowledge.ticket.demo;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.attachments.control.TicketAttachments;
import io.ticketknowledge.ticket.customfields.boundary.NewCustomField;
import io.ticketknowledge.ticket.customfields.control.CustomFields;
import io.ticketknowledge.ticket.customfields.entity.FieldType;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo fixtures of the embedded profile (run by {@link EmbeddedDemoData}): two custom fields — 資產編號
 * Asset tag (text, requesters may fill it) and 樓層 Floor (number 1–30, agents) — with values on the
 * printer ticket, and a screenshot attached to it through the same upload path a browser uses.
 */
@ApplicationScoped
public class DemoFieldsAndFiles {

  /** A 1×1 PNG. */
  private static final byte[] SCREENSHOT =
      java.util.HexFormat.of()
          .parseHex(
              "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                  + "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

  @Inject CustomFields fields;
  @Inject TicketWorkflow workflow;
  @Inject TicketQueries queries;
  @Inject TicketAttachments attachments;

  void seed(long printerTicket, CurrentUser requester, CurrentUser agent) {
    Set<TicketType> hardware = Set.of(TicketType.INCIDENT, TicketType.SERVICE_REQUEST);
    fields.create(
        new NewCustomField(
            "asset_tag",
            "資產編號",
            "Asset tag",
            FieldType.TEXT,
            false,
            true,
            null,
            null,
            20,
            List.of(),
            hardware,
            10,
            true));
    fields.create(
        new NewCustomField(
            "floor",
            "樓層",
            "Floor",
            FieldType.NUMBER,
            false,
            false,
            BigDecimal.ONE,
            new BigDecimal("30"),
            null,
            List.of(),
            hardware,
            20,
            true));
    Ticket ticket = queries.visible(printerTicket, agent);
    workflow.change(
        printerTicket,
        new TicketChanges(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.<String, JsonValue>of(
                "asset_tag", Json.createValue("PRN-3F-01"), "floor", Json.createValue(3))),
        "\"" + ticket.version() + "\"",
        agent);
    String boundary = "demo-boundary-7f3a";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"印表機面板錯誤.png\""
                + "\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(SCREENSHOT);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    attachments.upload(
        printerTicket,
        null,
        "multipart/form-data; boundary=" + boundary,
        new ByteArrayInputStream(body.toByteArray()),
        requester);
  }
}
