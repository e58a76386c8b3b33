package io.ticketknowledge.ticket.automation.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition as the API and the store spell it (checked into a {@link Condition}). */
@Schema(
    name = "TriggerCondition",
    example = "{\"field\":\"status\",\"op\":\"is\",\"value\":\"PENDING\"}",
    description =
        "field: status, priority, type, groupId, assigneeId, categoryId, tag, department, subject,"
            + " actor (REQUESTER/AGENT/SYSTEM), hoursSinceCreated, hoursSinceUpdated,"
            + " hoursInStatus; op: is, isNot, contains, isSet, isNotSet, atLeast, lessThan")
public record ConditionTerms(
    @NotBlank @Size(max = 40) String field,
    @NotBlank @Size(max = 20) String op,
    @Size(max = 200) String value) {}
