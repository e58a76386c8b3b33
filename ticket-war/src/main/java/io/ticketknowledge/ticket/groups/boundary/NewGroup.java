package io.ticketknowledge.ticket.groups.boundary;

import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new support group with its agents (user ids as the identity provider's {@code sub}). */
@Schema(
    name = "NewGroup",
    example =
        "{\"name\":\"服務台 Service Desk\",\"description\":\"第一線支援\","
            + "\"members\":[{\"userId\":\"agent1\",\"name\":\"陳志豪\"}]}")
public record NewGroup(
    @NotBlank @Size(max = 100) @CleanText String name,
    @Size(max = 500) @CleanText String description,
    @Size(max = 500) List<@Valid @NotNull Member> members) {

  /** An agent of the group. */
  public record Member(
      @NotBlank @Size(max = 255) @CleanText String userId,
      @NotBlank @Size(max = 255) @CleanText String name) {}
}
