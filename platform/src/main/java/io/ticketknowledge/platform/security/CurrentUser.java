package io.ticketknowledge.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request, read from the validated JWT. */
@RequestScoped
public class CurrentUser {

  static final String DISPLAY_NAME_KEY = "tk.identity.display-name.";

  @Inject JsonWebToken token;

  /** Stable id of the user at the identity provider ({@code sub}). */
  public String id() {
    String subject = token.getSubject();
    return subject != null ? subject : token.getName();
  }

  public String username() {
    String preferred = token.getClaim(Claims.preferred_username.name());
    if (preferred != null) {
      return preferred;
    }
    String upn = token.getClaim(Claims.upn.name());
    return upn != null ? upn : id();
  }

  /**
   * The name people see: from the token's name claims (see {@link PersonName}), else a configured
   * {@code tk.identity.display-name.<username>} (the embedded provider's seeded users), else the
   * username; always cleaned and at most {@link PersonName#MAX_LENGTH} characters.
   */
  public String displayName() {
    String fromToken = PersonName.of(claim("given_name"), claim("family_name"), claim("name"));
    if (fromToken != null) {
      return fromToken;
    }
    String username = username();
    String configured =
        PersonName.clean(
            ConfigProvider.getConfig()
                .getOptionalValue(DISPLAY_NAME_KEY + username, String.class)
                .orElse(null));
    if (configured != null) {
      return configured;
    }
    String cleanUsername = PersonName.clean(username);
    return cleanUsername == null ? "?" : cleanUsername;
  }

  private String claim(String name) {
    Object value = token.getClaim(name);
    return value == null ? null : value.toString();
  }

  public Set<String> roles() {
    Set<String> groups = token.getGroups();
    return groups == null ? Set.of() : groups;
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  public boolean isAnyOf(String... roles) {
    for (String role : roles) {
      if (hasRole(role)) {
        return true;
      }
    }
    return false;
  }
}
