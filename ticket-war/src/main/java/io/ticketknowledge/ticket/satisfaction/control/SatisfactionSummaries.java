package io.ticketknowledge.ticket.satisfaction.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.ticket.satisfaction.entity.SummaryDimension;
import io.ticketknowledge.ticket.satisfaction.entity.SummaryRow;
import io.ticketknowledge.ticket.tickets.control.TicketViewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CSAT aggregated per agent, group or month, over a range of months. Admins see all ratings; an
 * agent sees the ratings of tickets in their groups (and none of another group's).
 */
@ApplicationScoped
@Transactional
public class SatisfactionSummaries {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  public List<SummaryRow> summarize(
      SummaryDimension by, YearMonth from, YearMonth to, Long groupId, TicketViewer viewer) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "csat.range-reversed", from, to);
    }
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (from != null) {
      values.add(from.toString());
      conditions.add("rated_month >= ?" + values.size());
    }
    if (to != null) {
      values.add(to.toString());
      conditions.add("rated_month <= ?" + values.size());
    }
    if (groupId != null) {
      if (!viewer.admin() && !viewer.groupIds().contains(groupId)) {
        throw new ApiException(ProblemKind.FORBIDDEN, "csat.not-your-group", groupId);
      }
      values.add(groupId);
      conditions.add("group_id = ?" + values.size());
    }
    if (!viewer.admin()) {
      Set<Long> groups = viewer.groupIds();
      if (groups.isEmpty()) {
        return List.of();
      }
      List<String> marks = new ArrayList<>();
      for (Long group : groups) {
        values.add(group);
        marks.add("?" + values.size());
      }
      conditions.add("group_id IN (" + String.join(", ", marks) + ")");
    }
    String column = by.column();
    Query query =
        em.createNativeQuery(
            "SELECT "
                + column
                + ", SUM(CASE WHEN rating = 'GOOD' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN rating = 'BAD' THEN 1 ELSE 0 END)"
                + " FROM ticket.satisfaction_ratings"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " GROUP BY "
                + column
                + " ORDER BY "
                + column);
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    List<SummaryRow> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] cells = (Object[]) row;
      rows.add(
          SummaryRow.of(
              cells[0] == null ? null : cells[0].toString().strip(),
              ((Number) cells[1]).longValue(),
              ((Number) cells[2]).longValue()));
    }
    return rows;
  }
}
