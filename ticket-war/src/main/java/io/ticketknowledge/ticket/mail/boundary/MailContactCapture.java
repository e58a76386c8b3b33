package io.ticketknowledge.ticket.mail.boundary;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.mail.control.MailContacts;
import io.ticketknowledge.ticket.mail.control.MailSettings;
import io.ticketknowledge.ticket.mail.entity.LanguageSource;
import io.ticketknowledge.ticket.mail.entity.MailLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Learns where and in which language each user wants mail, from what their requests carry (there is
 * no user directory): the address from the token's {@code email} claim, the language from its
 * {@code locale} claim or else from the {@code Accept-Language} of the user's ticket creations
 * (decision 0025). Writes only when something changed (remembered per server), and only while the
 * mail channel is on. Never fails a request.
 */
@Provider
public class MailContactCapture implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(MailContactCapture.class.getName());
  private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

  @Inject MailSettings settings;
  @Inject MailContacts contacts;
  @Inject JsonWebToken token;
  @Inject CurrentUser user;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!settings.anyEnabled() || token == null || token.getRawToken() == null) {
      return;
    }
    try {
      Object email = token.getClaim("email");
      if (email == null || !email.toString().contains("@")) {
        return;
      }
      String path = request.getUriInfo().getPath();
      boolean creation =
          "POST".equals(request.getMethod()) && (path.equals("tickets") || path.equals("/tickets"));
      Object locale = token.getClaim("locale");
      LanguageSource source;
      MailLanguage language;
      Optional<MailLanguage> accepted =
          MailLanguage.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
      if (locale != null && !locale.toString().isBlank()) {
        source = LanguageSource.TOKEN;
        language = MailLanguage.ofTag(locale.toString());
      } else if (creation && accepted.isPresent()) {
        source = LanguageSource.TICKET_CREATION;
        language = accepted.get();
      } else {
        source = LanguageSource.FIRST_SEEN;
        language = accepted.orElse(MailLanguage.ZH_TW);
      }
      String id = user.id();
      String fact = email + "|" + user.displayName() + "|" + language + "|" + source;
      boolean firstSeen = source == LanguageSource.FIRST_SEEN;
      String known = KNOWN.get(id);
      if (fact.equals(known) || (firstSeen && known != null && known.startsWith(email + "|"))) {
        return;
      }
      contacts.remember(id, email.toString(), user.displayName(), language, source);
      KNOWN.put(id, fact);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "mail contact not stored", e);
    }
  }
}
