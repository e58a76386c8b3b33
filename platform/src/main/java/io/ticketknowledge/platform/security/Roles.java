package io.ticketknowledge.platform.security;

/** Role names as they arrive in the JWT {@code groups} claim. */
public final class Roles {
  public static final String REQUESTER = "requester";
  public static final String AGENT = "agent";
  public static final String EDITOR = "editor";
  public static final String ADMIN = "admin";

  private Roles() {}
}
