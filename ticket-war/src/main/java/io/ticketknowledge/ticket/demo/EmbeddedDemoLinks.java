package io.ticketknowledge.ticket.demo;

import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.comments.boundary.NewComment;
import io.ticketknowledge.ticket.comments.control.TicketConversation;
import io.ticketknowledge.ticket.links.control.TicketLinks;
import io.ticketknowledge.ticket.links.entity.LinkType;
import io.ticketknowledge.ticket.merge.control.TicketMerges;
import io.ticketknowledge.ticket.tickets.boundary.NewTicket;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo fixtures of the embedded profile, after {@link EmbeddedDemoData}: a linked pair (a new
 * printer ticket related to the seeded one) and a duplicate merged into it, so links, the merge
 * pointer and the system comments show at once. Runs once: only while no ticket is linked or
 * merged, and only when the seeded printer ticket exists.
 */
@ApplicationScoped
public class EmbeddedDemoLinks {

  static final String SEEDED_SUBJECT = "三樓印表機無法列印";

  private static final Logger LOG = Logger.getLogger(EmbeddedDemoLinks.class.getName());

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  @Inject EmbeddedDemoData demo;
  @Inject TicketWorkflow workflow;
  @Inject TicketLinks links;
  @Inject TicketMerges merges;
  @Inject TicketConversation conversation;

  void seed(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 950)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (!demo.enabled()) {
      return;
    }
    try {
      seedOnce();
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "embedded profile: demo links not seeded", e);
    }
  }

  private void seedOnce() {
    long existing =
        ((Number)
                em.createNativeQuery(
                        "SELECT (SELECT COUNT(*) FROM ticket.ticket_links)"
                            + " + (SELECT COUNT(*) FROM ticket.ticket_merges)")
                    .getSingleResult())
            .longValue();
    List<Ticket> printer =
        em.createQuery("SELECT t FROM Ticket t WHERE t.subject = :s ORDER BY t.id", Ticket.class)
            .setParameter("s", SEEDED_SUBJECT)
            .setMaxResults(1)
            .getResultList();
    if (existing > 0 || printer.isEmpty()) {
      return;
    }
    EmbeddedDemoData.Seeded requester2 =
        new EmbeddedDemoData.Seeded("requester2", "李淑芬", Roles.REQUESTER);
    EmbeddedDemoData.Seeded admin1 =
        new EmbeddedDemoData.Seeded(
            "admin1", "張建國", Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN);
    long original = printer.get(0).id();

    Ticket toner =
        open(
            requester2,
            "三樓印表機列印很淡",
            "三樓印表機印出來的字很淡，可能是碳粉快用完了。",
            TicketType.SERVICE_REQUEST,
            Level.LOW,
            Level.MEDIUM);
    links.link(toner.id(), LinkType.RELATED, original, admin1);

    Ticket duplicate =
        open(
            requester2,
            "3F 印表機不能印",
            "茶水間旁邊那台印表機按列印都沒反應。",
            TicketType.INCIDENT,
            Level.MEDIUM,
            Level.HIGH);
    conversation.add(duplicate.id(), new NewComment("面板上好像有顯示錯誤代碼。", false, null), requester2);
    Ticket reread = em.find(Ticket.class, duplicate.id());
    merges.merge(duplicate.id(), original, "\"" + reread.version() + "\"", admin1);
    LOG.info("embedded profile: a linked pair and a merged ticket seeded");
  }

  private Ticket open(
      EmbeddedDemoData.Seeded requester,
      String subject,
      String description,
      TicketType type,
      Level impact,
      Level urgency) {
    return workflow
        .open(
            new NewTicket(
                subject, description, type, null, impact, urgency, null, "總務部", null, null),
            null,
            requester)
        .ticket();
  }
}
