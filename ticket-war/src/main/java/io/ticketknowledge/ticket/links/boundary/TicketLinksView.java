package io.ticketknowledge.ticket.links.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ticket's relations: its links (both directions), for merges where it went and what was merged
 * into it, and the knowledge articles named as its solution. Tickets the caller may not read are
 * left out.
 */
@Schema(
    name = "TicketLinks",
    example =
        "{\"links\":[{\"id\":50,\"type\":\"DUPLICATE_OF\",\"ticket\":{\"id\":52,"
            + "\"number\":\"TK-2026-000124\",\"subject\":\"VPN 斷線\",\"status\":\"OPEN\"},"
            + "\"createdBy\":\"agent1\",\"createdAt\":\"2026-03-02T01:15:00Z\"}],"
            + "\"mergedFrom\":[],\"linkedArticleIds\":[101]}")
public record TicketLinksView(
    List<LinkView> links,
    TicketRef mergedInto,
    List<TicketRef> mergedFrom,
    List<Long> linkedArticleIds) {}
