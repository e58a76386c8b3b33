package io.ticketknowledge.ticket.customfields.control;

import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import io.ticketknowledge.platform.web.Versions;
import io.ticketknowledge.ticket.customfields.boundary.CustomFieldChanges;
import io.ticketknowledge.ticket.customfields.boundary.NewCustomField;
import io.ticketknowledge.ticket.customfields.entity.CustomField;
import io.ticketknowledge.ticket.tickets.entity.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The definitions of custom fields, kept by admins. A field's key and type are fixed at creation; a
 * field some ticket carries a value of is never deleted (409: deactivate it), nor does it lose an
 * option in use.
 */
@ApplicationScoped
@Transactional
public class CustomFields {

  @PersistenceContext(unitName = "ticket")
  EntityManager em;

  /** In form order; inactive ones too when asked, of one ticket type when given. */
  public List<CustomField> list(boolean withInactive, TicketType ticketType) {
    return em
        .createQuery("SELECT f FROM CustomField f ORDER BY f.sortOrder, f.id", CustomField.class)
        .getResultList()
        .stream()
        .filter(f -> withInactive || f.active())
        .filter(f -> ticketType == null || f.appliesTo(ticketType))
        .toList();
  }

  /** The active fields of tickets of {@code type}, by key. */
  public Map<String, CustomField> activeFor(TicketType type) {
    Map<String, CustomField> byKey = new LinkedHashMap<>();
    list(false, type).forEach(f -> byKey.put(f.key(), f));
    return byKey;
  }

  public CustomField find(long id) {
    CustomField field = em.find(CustomField.class, id);
    if (field == null) {
      throw ApiException.notFound("customfield.not-found", id);
    }
    return field;
  }

  public CustomField create(NewCustomField request) {
    if (!FieldRule.KEY.matcher(request.key()).matches()) {
      throw FieldRule.invalid("customfield.invalid-key", request.key());
    }
    long taken =
        em.createQuery("SELECT count(f) FROM CustomField f WHERE f.fieldKey = :key", Long.class)
            .setParameter("key", request.key())
            .getSingleResult();
    if (taken > 0) {
      throw new ApiException(ProblemKind.CONFLICT, "customfield.key-taken", request.key());
    }
    CustomField field = new CustomField(request.key(), request.type());
    define(
        field,
        request.labelZh(),
        request.labelEn(),
        Boolean.TRUE.equals(request.required()),
        Boolean.TRUE.equals(request.requesterEditable()),
        request.min(),
        request.max(),
        request.maxLength(),
        request.options() == null ? List.of() : request.options(),
        request.ticketTypes() == null ? Set.of() : request.ticketTypes(),
        request.position() == null ? nextPosition() : request.position(),
        request.active() == null || request.active());
    em.persist(field);
    em.flush();
    return field;
  }

  /** A merge patch: absent (or null) properties stay as they are. */
  public CustomField change(long id, CustomFieldChanges changes, String ifMatch) {
    CustomField field = find(id);
    Versions.requireMatch(ifMatch, field.version());
    List<String> options = changes.options() == null ? field.options() : changes.options();
    List<String> removed = new ArrayList<>(field.options());
    removed.removeAll(options);
    for (String option : removed) {
      if (used(field.key(), option)) {
        throw new ApiException(
            ProblemKind.CONFLICT, "customfield.option-in-use", field.key(), option);
      }
    }
    define(
        field,
        Objects.requireNonNullElse(changes.labelZh(), field.labelZh()),
        Objects.requireNonNullElse(changes.labelEn(), field.labelEn()),
        Objects.requireNonNullElse(changes.required(), field.required()),
        Objects.requireNonNullElse(changes.requesterEditable(), field.requesterEditable()),
        changes.min() == null ? field.min() : changes.min(),
        changes.max() == null ? field.max() : changes.max(),
        changes.maxLength() == null ? field.maxLength() : changes.maxLength(),
        options,
        changes.ticketTypes() == null ? field.ticketTypes() : changes.ticketTypes(),
        Objects.requireNonNullElse(changes.position(), field.position()),
        Objects.requireNonNullElse(changes.active(), field.active()));
    em.flush();
    return field;
  }

  /** Only a field no ticket has a value of; others are deactivated instead (409). */
  public void delete(long id, String ifMatch) {
    CustomField field = find(id);
    Versions.requireMatch(ifMatch, field.version());
    if (used(field.key(), null)) {
      throw new ApiException(ProblemKind.CONFLICT, "customfield.in-use", field.key());
    }
    em.remove(field);
  }

  private static void define(
      CustomField field,
      String labelZh,
      String labelEn,
      boolean required,
      boolean requesterEditable,
      java.math.BigDecimal min,
      java.math.BigDecimal max,
      Integer maxLength,
      List<String> options,
      Set<TicketType> ticketTypes,
      int position,
      boolean active) {
    List<String> cleanOptions = options.stream().map(String::strip).toList();
    new FieldRule(field.key(), field.type(), required, min, max, maxLength, cleanOptions)
        .requireConsistent();
    field.define(
        labelZh.strip(),
        labelEn.strip(),
        required,
        requesterEditable,
        min,
        max,
        maxLength,
        cleanOptions,
        ticketTypes,
        position,
        active);
  }

  private boolean used(String key, String value) {
    jakarta.persistence.Query query =
        em.createNativeQuery(
            "SELECT 1 FROM ticket.ticket_field_values WHERE field_key = ?1"
                + (value == null ? "" : " AND field_value = ?2"));
    query.setParameter(1, key);
    if (value != null) {
      query.setParameter(2, value);
    }
    return !query.setMaxResults(1).getResultList().isEmpty();
  }

  private int nextPosition() {
    Integer max =
        em.createQuery("SELECT max(f.sortOrder) FROM CustomField f", Integer.class)
            .getSingleResult();
    return max == null ? 10 : max + 10;
  }
}
