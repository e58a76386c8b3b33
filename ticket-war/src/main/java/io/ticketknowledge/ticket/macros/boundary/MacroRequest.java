package io.ticketknowledge.ticket.macros.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import io.ticketknowledge.ticket.macros.entity.MacroChanges;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A macro as an agent (personal) or an admin (shared) writes it. */
@Schema(
    name = "MacroRequest",
    example =
        "{\"name\":\"需要更多資訊 Need more information\",\"replyZh\":\"{{requester.name}} 您好，"
            + "關於 {{ticket.number}}，請提供錯誤畫面截圖。—— {{agent.name}}\",\"replyEn\":\"Hello"
            + " {{requester.name}}, about {{ticket.number}}: please send a screenshot of the"
            + " error. — {{agent.name}}\",\"changes\":{\"status\":\"PENDING\","
            + "\"pendingReason\":\"WAITING_ON_REQUESTER\"}}")
public record MacroRequest(
    @NotBlank @Size(max = 100) @CleanText String name,
    @Schema(description = "Shared with every agent (admins only); default personal") Boolean shared,
    @Schema(
            description =
                "Reply in zh-TW (Markdown); placeholders {{requester.name}}, {{ticket.number}},"
                    + " {{ticket.subject}}, {{agent.name}} …")
        @Size(max = 20000)
        @CleanText(multiline = true)
        String replyZh,
    @Schema(description = "Reply in English") @Size(max = 20000) @CleanText(multiline = true)
        String replyEn,
    @Schema(description = "The reply is an internal note; default false") Boolean internal,
    @Valid MacroChanges changes) {}
