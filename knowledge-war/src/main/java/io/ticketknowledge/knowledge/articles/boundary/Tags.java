package io.ticketknowledge.knowledge.articles.boundary;

import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.platform.problems.ApiException;
import io.ticketknowledge.platform.problems.ProblemKind;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Tag and group name rules shared by the request bodies. */
final class Tags {

  /** letters (any script), digits, and - _ . + # inside; no spaces */
  static final String PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._+#-]{0,49}";

  static final String GROUP_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

  private Tags() {}

  /** Tags compare without case (Latin): "VPN" and "vpn" are one tag. */
  static Set<String> normalized(Set<String> tags) {
    if (tags == null) {
      return null;
    }
    Set<String> normalized = new TreeSet<>();
    tags.forEach(t -> normalized.add(t.strip().toLowerCase(Locale.ROOT)));
    return normalized;
  }

  /** A GROUP audience names its group; other audiences name none. */
  static void checkAudience(Audience audience, String group) {
    if (audience == Audience.GROUP && (group == null || group.isBlank())) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "knowledge.audience-group-required");
    }
    if (audience != null && audience != Audience.GROUP && group != null) {
      throw new ApiException(ProblemKind.BAD_REQUEST, "knowledge.audience-group-unexpected");
    }
  }
}
