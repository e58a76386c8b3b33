package io.ticketknowledge.ticket.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketknowledge.platform.events.EventEnvelope;
import io.ticketknowledge.platform.events.EventType;
import io.ticketknowledge.platform.events.MalformedEventException;
import io.ticketknowledge.platform.events.Outbox;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.tickets.boundary.NewTicket;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.control.TicketQueries;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketPriority;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container: the ticket workflow with real CDI, JTA, EclipseLink and Flyway on Liberty, against
 * the PostgreSQL of the production profile.
 */
@ExtendWith(ArquillianExtension.class)
class TicketWorkflowIT {

  private static final String PLATFORM = "io.ticketknowledge.platform.";

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, "ticket-workflow-it.war")
            // the ticket workflow only: the search feature and the relay need the search engine
            // and the messaging channels of the full EAR; mail needs the attachments, automation
            // and webhooks the event consumers' tables, privacy the blob store, reports the exports
            .addPackages(
                true,
                Filters.exclude(
                    ".*/ticket/(search|events|demo|mail|automation|privacy|webhooks|reports"
                        + "|attachments/(boundary|control))/.*|.*Test\\.class"),
                "io.ticketknowledge.ticket")
            // the outbox writer only: the relay and the transports need the EAR's lib and channels
            .addClasses(
                Outbox.class, EventEnvelope.class, EventType.class, MalformedEventException.class)
            .addClass(PLATFORM + "events.EventTables")
            // the ports' own failures, which platform.problems maps to problem documents
            .addClass(PLATFORM + "events.TransientFailure")
            .addClass(PLATFORM + "search.InvalidQueryException")
            .addClass(PLATFORM + "search.SearchUnavailableException")
            .addClass(PLATFORM + "blobs.BlobRefusedException")
            .addClass(PLATFORM + "blobs.BlobRefusedException$Reason")
            .addPackages(
                false,
                PLATFORM + "problems",
                PLATFORM + "ports",
                PLATFORM + "i18n",
                PLATFORM + "security",
                PLATFORM + "persistence",
                PLATFORM + "web",
                PLATFORM + "cache",
                PLATFORM + "validation",
                PLATFORM + "json",
                PLATFORM + "audit",
                PLATFORM + "security.revocation")
            // what attachments' rows say of the malware scan
            .addClass(PLATFORM + "scan.ScanOutcome")
            .addAsResource("io/ticketknowledge/platform/i18n/messages.properties")
            .addAsResource("io/ticketknowledge/platform/i18n/messages_zh_TW.properties")
            .addAsResource("META-INF/persistence.xml")
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    // every migration, so that the EAR's Flyway finds no gap when it runs later on the same
    // database
    for (java.io.File script :
        java.util.Objects.requireNonNull(
            new java.io.File("src/main/resources/db/migration/ticket").listFiles())) {
      archive.addAsResource(script, "db/migration/ticket/" + script.getName());
    }
    return archive;
  }

  @Inject TicketWorkflow workflow;
  @Inject TicketQueries queries;

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  @Test
  void flywayMigratedTheTicketSchemaOnStartup() throws Exception {
    try (Connection db = dataSource.getConnection();
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery(
                "SELECT max(version) FROM ticket.flyway_schema_history WHERE success")) {
      assertTrue(row.next());
      assertTrue(Integer.parseInt(row.getString(1)) >= 1, "at least V1 applied");
      assertTrue(db.getMetaData().getDatabaseProductName().startsWith("PostgreSQL"));
    }
  }

  @Test
  void openingPersistsANewTicketAtVersionOne() {
    User requester = User.requester();
    Ticket opened = open("  螢幕閃爍  ", "開機後螢幕一直閃爍", requester);

    Ticket stored = queries.visible(opened.id(), requester);
    assertEquals("螢幕閃爍", stored.subject(), "subject is trimmed");
    assertEquals(TicketStatus.NEW, stored.status());
    assertEquals(TicketPriority.P3, stored.priority(), "MEDIUM × MEDIUM");
    assertTrue(stored.number().matches("TK-\\d{4}-\\d{6}"), stored.number());
    assertEquals(1, stored.version());
    assertEquals(requester.displayName(), stored.requesterName());
  }

  @Test
  void changesAreRefusedOnAStaleVersion() {
    User requester = User.requester();
    Ticket opened = open("鍵盤故障", "空白鍵無反應", requester);

    Ticket changed =
        workflow.change(opened.id(), priority(TicketPriority.P2), "\"1\"", User.agent());
    assertEquals(2, changed.version());
    ApiException stale =
        assertThrows(
            ApiException.class,
            () -> workflow.change(opened.id(), subject("新主旨"), "\"1\"", requester));
    assertEquals(ProblemKind.PRECONDITION_FAILED, stale.kind());
    assertEquals("鍵盤故障", queries.visible(opened.id(), requester).subject());
  }

  @Test
  void openingAndChangingRecordTheirEventsInTheOutboxAndAFailedChangeNone() throws Exception {
    User requester = User.requester();
    Ticket opened = open("投影機沒有畫面", "會議室 A", requester);
    workflow.change(opened.id(), priority(TicketPriority.P1), "\"1\"", User.agent());
    assertThrows(
        ApiException.class, () -> workflow.change(opened.id(), subject("過期"), "\"1\"", requester));

    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT event_type, envelope FROM ticket.outbox WHERE aggregate_id = ?"
                    + " ORDER BY seq")) {
      query.setString(1, opened.id().toString());
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next());
        assertEquals("ticket.opened", rows.getString(1));
        EventEnvelope first = EventEnvelope.parse(rows.getString(2));
        assertEquals(1, first.version());
        assertEquals(requester.id(), first.actor());
        assertEquals("投影機沒有畫面", first.payload().getString("subject"));
        assertTrue(rows.next());
        EventEnvelope second = EventEnvelope.parse(rows.getString(2));
        assertEquals("ticket.changed", second.type());
        assertEquals(2, second.version());
        assertEquals("P1", second.payload().getString("priority"));
        assertTrue(!rows.next(), "the refused change recorded no event");
      }
    }
  }

  @Test
  void anotherRequestersTicketIsNotFound() {
    Ticket opened = open("帳號鎖定", "無法登入", User.requester());
    ApiException hidden =
        assertThrows(ApiException.class, () -> queries.visible(opened.id(), User.requester()));
    assertEquals(ProblemKind.NOT_FOUND, hidden.kind());
    assertEquals(opened.id(), queries.visible(opened.id(), User.agent()).id());
  }

  private Ticket open(String subject, String description, User requester) {
    return workflow
        .open(
            new NewTicket(subject, description, null, null, null, null, null, null, null, null),
            null,
            requester)
        .ticket();
  }

  private static TicketChanges priority(TicketPriority priority) {
    return new TicketChanges(
        null, null, null, null, null, null, priority, null, null, null, null, null, null, null,
        null);
  }

  private static TicketChanges subject(String subject) {
    return new TicketChanges(
        subject, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  /** A caller without a JWT: the workflow takes the user as a parameter. */
  static final class User extends CurrentUser {
    private final String id = UUID.randomUUID().toString();
    private final Set<String> roles;

    private User(Set<String> roles) {
      this.roles = roles;
    }

    static User requester() {
      return new User(Set.of(Roles.REQUESTER));
    }

    static User agent() {
      return new User(Set.of(Roles.REQUESTER, Roles.AGENT));
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String username() {
      return id;
    }

    @Override
    public String displayName() {
      return "測試者 " + id.substring(0, 8);
    }

    @Override
    public Set<String> roles() {
      return roles;
    }
  }
}
