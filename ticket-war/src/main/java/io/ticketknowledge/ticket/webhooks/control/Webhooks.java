package io.ticketknowledge.ticket.webhooks.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.tickets.entity.TicketEventType;
import io.ticketknowledge.ticket.webhooks.entity.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The webhooks admins register: each URL checked by the guard, each secret generated here. */
@ApplicationScoped
@Transactional
public class Webhooks {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject WebhookSettings settings;

  /** A webhook and, once, its secret in clear. */
  public record WithSecret(Webhook webhook, String secret) {}

  public List<Webhook> all() {
    return em.createQuery("SELECT w FROM Webhook w ORDER BY w.id", Webhook.class).getResultList();
  }

  public Webhook find(long id) {
    Webhook hook = em.find(Webhook.class, id);
    if (hook == null) {
      throw ApiException.notFound("webhook.not-found", id);
    }
    return hook;
  }

  public WithSecret create(
      String url, String description, List<String> types, boolean active, String adminId) {
    URI target = checkedUrl(url);
    Set<TicketEventType> eventTypes = eventTypes(types);
    String secret = newSecret();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Webhook hook =
        new Webhook(target.toString(), description, eventTypes, active, seal(secret), adminId, now);
    em.persist(hook);
    em.flush();
    return new WithSecret(hook, secret);
  }

  public Webhook redefine(
      long id, String url, String description, List<String> types, boolean active, String ifMatch) {
    Webhook hook = find(id);
    Versions.requireMatch(ifMatch, hook.version());
    URI target = checkedUrl(url);
    hook.redefine(
        target.toString(),
        description,
        eventTypes(types),
        active,
        OffsetDateTime.now(ZoneOffset.UTC));
    em.flush();
    return hook;
  }

  /** A new secret replaces the old one at once; the answer is the only place it is shown. */
  public WithSecret rotateSecret(long id, String ifMatch) {
    Webhook hook = find(id);
    Versions.requireMatch(ifMatch, hook.version());
    String secret = newSecret();
    hook.rotateSecret(seal(secret), OffsetDateTime.now(ZoneOffset.UTC));
    em.flush();
    return new WithSecret(hook, secret);
  }

  public void delete(long id, String ifMatch) {
    Webhook hook = find(id);
    Versions.requireMatch(ifMatch, hook.version());
    em.remove(hook);
    em.flush();
  }

  /** The secret's bytes for signing (the UTF-8 of the string shown to the admin). */
  public byte[] secretOf(String secretCipher) {
    return settings.secrets().open(secretCipher);
  }

  private String seal(String secret) {
    return settings.secrets().seal(secret.getBytes(StandardCharsets.UTF_8));
  }

  private static String newSecret() {
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(SecretBox.newSecret());
  }

  /** Parsed and refused when the guard refuses it (a 400 naming why). */
  private URI checkedUrl(String url) {
    URI target;
    try {
      target = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "webhook.url-invalid", url);
    }
    if (target.getRawFragment() != null) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "webhook.url-invalid", url);
    }
    try {
      settings.guard().check(target);
    } catch (WebhookTargetRefused refused) {
      throw new ApiException(ProblemKind.BAD_REQUEST, refused.reason(), refused.detail());
    }
    return target;
  }

  private static Set<TicketEventType> eventTypes(List<String> names) {
    Set<TicketEventType> types = EnumSet.noneOf(TicketEventType.class);
    for (String name : names) {
      TicketEventType type =
          Arrays.stream(TicketEventType.values())
              .filter(candidate -> candidate.type().name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ApiException(
                          ProblemKind.BAD_REQUEST, "webhook.unknown-event-type", name));
      types.add(type);
    }
    return types;
  }
}
