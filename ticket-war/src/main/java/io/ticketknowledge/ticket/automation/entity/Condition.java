package io.ticketknowledge.ticket.automation.entity;

/** One checked condition of a trigger: field, operator and value (enum name, id, text, hours). */
public record Condition(ConditionField field, ConditionOp op, String value) {}
