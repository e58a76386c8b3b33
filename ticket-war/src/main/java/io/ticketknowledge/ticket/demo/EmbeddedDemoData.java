package io.ticketknowledge.ticket.demo;

import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import io.ticketknowledge.ticket.categories.boundary.NewCategory;
import io.ticketknowledge.ticket.categories.control.Categories;
import io.ticketknowledge.ticket.comments.boundary.NewComment;
import io.ticketknowledge.ticket.comments.control.TicketConversation;
import io.ticketknowledge.ticket.groups.boundary.NewGroup;
import io.ticketknowledge.ticket.groups.control.SupportGroups;
import io.ticketknowledge.ticket.tickets.boundary.NewTicket;
import io.ticketknowledge.ticket.tickets.boundary.TicketChanges;
import io.ticketknowledge.ticket.tickets.control.TicketWorkflow;
import io.ticketknowledge.ticket.tickets.entity.Level;
import io.ticketknowledge.ticket.tickets.entity.PendingReason;
import io.ticketknowledge.ticket.tickets.entity.Ticket;
import io.ticketknowledge.ticket.tickets.entity.TicketStatus;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Demo fixtures of the embedded profile only: support groups with the seeded agents, categories in
 * zh-TW and English, and a handful of tickets in different states with conversations, so that
 * {@code scripts/run.sh} shows a working help desk at once. Runs once, on a database without
 * support groups; off unless {@code tk.tickets.demo-data} is true (default: true in the embedded
 * profile, false otherwise). Everything goes through the workflow, so history, events and the
 * search index are as if people had done it.
 */
@ApplicationScoped
public class EmbeddedDemoData {

  private static final Logger LOG = Logger.getLogger(EmbeddedDemoData.class.getName());

  @Inject Config config;
  @Inject SupportGroups groups;
  @Inject Categories categories;
  @Inject TicketWorkflow workflow;
  @Inject TicketConversation conversation;
  @Inject DemoFieldsAndFiles fieldsAndFiles;

  /** After the schema migration, the relay and the index startup. */
  void seed(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 900)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (!enabled() || !groups.all().isEmpty()) {
      return;
    }
    try {
      seedAll();
      LOG.info("embedded profile: demo groups, categories and tickets seeded");
    } catch (RuntimeException e) {
      LOG.log(
          java.util.logging.Level.WARNING, "embedded profile: demo data could not be seeded", e);
    }
  }

  boolean enabled() {
    Optional<Boolean> explicit = config.getOptionalValue("tk.tickets.demo-data", Boolean.class);
    if (explicit.isPresent()) {
      return explicit.get();
    }
    return "embedded".equals(config.getOptionalValue("mp.config.profile", String.class).orElse(""));
  }

  private void seedAll() {
    Seeded requester1 = new Seeded("requester1", "王小明", Roles.REQUESTER);
    Seeded requester2 = new Seeded("requester2", "李淑芬", Roles.REQUESTER);
    Seeded agent1 = new Seeded("agent1", "陳志豪", Roles.REQUESTER, Roles.AGENT);
    Seeded admin1 =
        new Seeded("admin1", "張建國", Roles.REQUESTER, Roles.AGENT, Roles.EDITOR, Roles.ADMIN);

    long serviceDesk =
        groups
            .create(
                new NewGroup(
                    "服務台 Service Desk",
                    "第一線支援：硬體、軟體與一般問題",
                    List.of(
                        new NewGroup.Member("agent1", "陳志豪"),
                        new NewGroup.Member("admin1", "張建國"))))
            .id();
    long network =
        groups
            .create(
                new NewGroup(
                    "網路與帳號 Network & Accounts",
                    "VPN、網路與帳號權限",
                    List.of(new NewGroup.Member("admin1", "張建國"))))
            .id();

    long hardware = category(null, "硬體", "Hardware");
    long printers = category(hardware, "印表機", "Printers");
    long laptops = category(hardware, "筆記型電腦", "Laptops");
    long software = category(null, "軟體", "Software");
    long email = category(software, "電子郵件與行事曆", "Email & calendar");
    long networkCategory = category(null, "網路", "Network");
    long vpn = category(networkCategory, "VPN", "VPN");
    category(null, "帳號與權限", "Accounts & access");

    // 1. NEW, in no group yet: the triage queue
    Ticket printer =
        open(
            requester1,
            "三樓印表機無法列印",
            "從今天早上開始，三樓茶水間旁的印表機送出工作後都沒有反應，面板顯示 **E-302**。",
            TicketType.INCIDENT,
            printers,
            Level.MEDIUM,
            Level.HIGH);

    // 2. OPEN, assigned, with a public reply and an internal note
    Ticket vpnTicket =
        open(
            requester2,
            "VPN 連線後幾分鐘就斷線",
            "在家使用 VPN 連回公司，大約五分鐘後就會自動斷線，需要重新登入。",
            TicketType.INCIDENT,
            vpn,
            Level.MEDIUM,
            Level.MEDIUM);
    vpnTicket = change(vpnTicket, agent1, assign(serviceDesk, "agent1"));
    vpnTicket = change(vpnTicket, agent1, status(TicketStatus.OPEN, null, null));
    vpnTicket =
        change(
            vpnTicket,
            agent1,
            new TicketChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("vpn", "遠端工作"),
                null));
    comment(vpnTicket, agent1, "您好，請問斷線時 VPN 用戶端顯示什麼訊息？方便的話請附上截圖。", false);
    comment(vpnTicket, agent1, "疑似是閒置逾時設定，待確認防火牆的 session timeout。", true);

    // 3. PENDING, waiting on the requester
    Ticket account =
        open(
            requester1,
            "申請新進同仁的電子郵件帳號",
            "財務部下週一有新同仁報到，需要申請電子郵件帳號與行事曆權限。",
            TicketType.SERVICE_REQUEST,
            email,
            Level.LOW,
            Level.MEDIUM);
    account = change(account, admin1, assign(network, "admin1"));
    account = change(account, admin1, status(TicketStatus.OPEN, null, null));
    comment(account, admin1, "請提供新同仁的英文姓名與員工編號，我們會在報到前完成設定。", false);
    change(account, admin1, status(TicketStatus.PENDING, PendingReason.WAITING_ON_REQUESTER, null));

    // 4. RESOLVED with a resolution note; closes by itself after the configured days
    Ticket battery =
        open(
            requester2,
            "筆電電池膨脹，觸控板被頂起",
            "公司配發的筆電觸控板最近被頂起來，按下去很硬，擔心是電池膨脹。",
            TicketType.INCIDENT,
            laptops,
            Level.LOW,
            Level.HIGH);
    battery = change(battery, agent1, assign(serviceDesk, "agent1"));
    battery = change(battery, agent1, status(TicketStatus.OPEN, null, null));
    comment(battery, agent1, "請先停止使用並拔除電源，我們今天下午會到座位更換。", false);
    comment(battery, requester2, "好的，我已經關機了，謝謝！", false);
    change(battery, agent1, status(TicketStatus.RESOLVED, null, "已更換新電池並回收膨脹的舊電池，觸控板恢復正常。"));

    // 5. CLOSED: a question answered and confirmed
    Ticket calendar =
        open(
            requester1,
            "Outlook 行事曆無法同步到手機",
            "手機上的 Outlook 看不到昨天新增的會議。",
            TicketType.QUESTION,
            email,
            Level.LOW,
            Level.LOW);
    calendar = change(calendar, agent1, assign(serviceDesk, "agent1"));
    calendar = change(calendar, agent1, status(TicketStatus.OPEN, null, null));
    comment(calendar, agent1, "請在手機的 Outlook 設定中移除帳號後重新加入，即可重新同步。", false);
    calendar = change(calendar, agent1, status(TicketStatus.RESOLVED, null, "移除並重新加入帳號後同步恢復。"));
    change(calendar, requester1, status(TicketStatus.CLOSED, null, null));

    // custom fields and a screenshot on the printer ticket (a class of their own)
    fieldsAndFiles.seed(printer.id(), requester1, agent1);
  }

  private long category(Long parent, String zhTw, String en) {
    return categories.create(new NewCategory(parent, zhTw, en)).id();
  }

  private Ticket open(
      Seeded requester,
      String subject,
      String description,
      TicketType type,
      long category,
      Level impact,
      Level urgency) {
    return workflow
        .open(
            new NewTicket(
                subject, description, type, category, impact, urgency, null, "財務部", null, null),
            null,
            requester)
        .ticket();
  }

  private Ticket change(Ticket ticket, Seeded user, TicketChanges changes) {
    return workflow.change(ticket.id(), changes, "\"" + ticket.version() + "\"", user);
  }

  private void comment(Ticket ticket, Seeded author, String body, boolean internal) {
    conversation.add(ticket.id(), new NewComment(body, internal, null), author);
  }

  private static TicketChanges assign(long group, String assignee) {
    return new TicketChanges(
        null, null, null, null, null, null, null, null, group, assignee, null, null, null, null,
        null);
  }

  private static TicketChanges status(TicketStatus to, PendingReason reason, String resolution) {
    return new TicketChanges(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        to,
        reason,
        resolution,
        null,
        null);
  }

  /** A seeded user of the embedded identity provider acting outside a request. */
  @Vetoed
  static final class Seeded extends CurrentUser {
    private final String id;
    private final String name;
    private final Set<String> roles;

    Seeded(String id, String name, String... roles) {
      this.id = id;
      this.name = name;
      this.roles = Set.of(roles);
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
      return name;
    }

    @Override
    public Set<String> roles() {
      return roles;
    }
  }
}
