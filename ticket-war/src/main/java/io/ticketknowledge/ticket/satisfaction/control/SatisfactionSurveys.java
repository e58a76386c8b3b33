package io.ticketknowledge.ticket.satisfaction.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.ticket.satisfaction.entity.Rating;
import io.ticketknowledge.ticket.satisfaction.entity.SatisfactionRating;
import io.ticketknowledge.ticket.satisfaction.entity.SurveyClaim;
import io.ticketknowledge.ticket.tickets.control.TicketAccess;
import io.ticketknowledge.ticket.tickets.control.TicketEvents;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import io.ticketknowledge.ticket.tickets.control.TicketViewers;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketRole;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSAT: the survey offered to a ticket's requester once it is resolved (a link with a signed,
 * single-use token), the rating it collects, and who may read the results.
 */
@ApplicationScoped
@Transactional
public class SatisfactionSurveys {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject TicketViewers viewers;
  @Inject TicketEvents events;

  @Inject
  @ConfigProperty(name = "tk.csat.token-key")
  Optional<String> tokenKey;

  @Inject
  @ConfigProperty(name = "tk.csat.token-ttl-days", defaultValue = "14")
  long ttlDays;

  @Inject
  @ConfigProperty(name = "tk.csat.survey-url", defaultValue = "/satisfaction")
  String surveyUrl;

  /** The survey of the ticket's current resolution: the link to send, until when. */
  public record Offer(String token, String url, Instant expiresAt) {}

  /**
   * The survey of a resolved (or closed) ticket; empty before it is resolved, and on a server
   * without a token key (surveys off).
   */
  public Optional<Offer> offerFor(Ticket ticket) {
    if (tokenKey.isEmpty()
        || ticket.resolvedAt() == null
        || (ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED)) {
      return Optional.empty();
    }
    Instant resolved = ticket.resolvedAt().toInstant().truncatedTo(ChronoUnit.MILLIS);
    Instant expires = resolved.plus(Duration.ofDays(ttlDays));
    String token = tokens().issue(new SurveyClaim(ticket.id(), resolved, expires));
    return Optional.of(new Offer(token, surveyUrl + "?token=" + token, expires));
  }

  /**
   * Records the requester's answer, once per resolution, and emits {@code
   * ticket.satisfaction-rated}.
   *
   * @throws ApiException 400 for a token that is not ours, 404 when the caller is not the ticket's
   *     requester, 409 when it was answered already, expired, or the ticket was reopened since
   */
  public SatisfactionRating rate(String token, Rating rating, String comment, CurrentUser user) {
    SurveyClaim claim;
    try {
      claim = tokens().verify(token, Instant.now());
    } catch (SurveyTokenRejected rejected) {
      throw switch (rejected.reason()) {
        case EXPIRED -> new ApiException(ProblemKind.CONFLICT, "csat.survey-expired");
        default -> new ApiException(ProblemKind.BAD_REQUEST, "csat.token-invalid");
      };
    }
    Ticket ticket = em.find(Ticket.class, claim.ticketId(), LockModeType.PESSIMISTIC_WRITE);
    if (ticket == null || !ticket.isRequestedBy(user.id())) {
      throw ApiException.notFound("ticket.not-found", claim.ticketId());
    }
    OffsetDateTime resolvedAt = claim.resolvedAt().atOffset(ZoneOffset.UTC);
    if (alreadyRated(ticket.id(), resolvedAt)) {
      throw new ApiException(ProblemKind.CONFLICT, "csat.already-rated");
    }
    Optional<Offer> current = offerFor(ticket);
    if (current.isEmpty() || !current.get().token().equals(token)) {
      throw new ApiException(ProblemKind.CONFLICT, "csat.survey-superseded");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    SatisfactionRating answer =
        new SatisfactionRating(
            ticket.id(),
            resolvedAt,
            rating,
            comment,
            user.id(),
            ticket.assigneeId(),
            ticket.groupId(),
            now);
    try {
      em.persist(answer);
      em.flush();
    } catch (PersistenceException raced) {
      // the same token submitted twice at once: the unique key let one through
      throw new ApiException(ProblemKind.CONFLICT, "csat.already-rated");
    }
    events.satisfactionRated(ticket, rating.name(), answer.comment(), resolvedAt, now, user.id());
    return answer;
  }

  /**
   * The ratings of a ticket, newest first, for its requester and the agents who see it (a watcher
   * gets 404 like a stranger).
   */
  public List<SatisfactionRating> ratingsOf(Ticket ticket, TicketViewer viewer) {
    Optional<TicketRole> role = TicketAccess.roleOn(viewer, ticket);
    if (role.isEmpty() || role.get() == TicketRole.WATCHER) {
      throw ApiException.notFound("ticket.not-found", ticket.id());
    }
    return em.createQuery(
            "SELECT r FROM SatisfactionRating r WHERE r.ticketId = :ticket ORDER BY r.ratedAt DESC",
            SatisfactionRating.class)
        .setParameter("ticket", ticket.id())
        .getResultList();
  }

  public TicketViewer viewerOf(CurrentUser user) {
    return viewers.of(user);
  }

  public Ticket find(long id, TicketViewer viewer) {
    Ticket ticket = em.find(Ticket.class, id);
    if (ticket == null || !TicketAccess.canSee(viewer, ticket)) {
      throw ApiException.notFound("ticket.not-found", id);
    }
    return ticket;
  }

  private boolean alreadyRated(long ticketId, OffsetDateTime resolvedAt) {
    return !em.createQuery(
            "SELECT r.id FROM SatisfactionRating r WHERE r.ticketId = :ticket"
                + " AND r.resolvedAt = :resolved",
            Long.class)
        .setParameter("ticket", ticketId)
        .setParameter("resolved", resolvedAt)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private SurveyTokens tokens() {
    if (tokenKey.isEmpty() || tokenKey.get().length() < 32) {
      throw new ApiException(ProblemKind.UNAVAILABLE, "csat.no-token-key");
    }
    return new SurveyTokens(tokenKey.get());
  }
}
