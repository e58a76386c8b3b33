package io.ticketknowledge.platform.search;

/** How many hits hold one value of a keyword field. */
public record FacetCount(String value, long count) {}
