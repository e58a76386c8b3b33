package io.ticketknowledge.knowledge.articles.control;

import io.ticketknowledge.knowledge.articles.entity.Article;
import io.ticketknowledge.knowledge.articles.entity.Audience;
import io.ticketknowledge.platform.security.CurrentUser;
import io.ticketknowledge.platform.security.Roles;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads, as the audience rules see it: editors and admins (staff) read every article in every
 * state; everyone else reads only live articles whose audience includes them.
 */
public record Reader(String id, String name, Set<String> groups) {

  public static Reader of(CurrentUser user) {
    return new Reader(user.id(), user.displayName(), Set.copyOf(user.roles()));
  }

  public boolean isStaff() {
    return groups.contains(Roles.EDITOR) || groups.contains(Roles.ADMIN);
  }

  public boolean isAdmin() {
    return groups.contains(Roles.ADMIN);
  }

  /** The audiences (other than a named group) this reader belongs to. */
  public Set<Audience> audiences() {
    Set<Audience> audiences = EnumSet.of(Audience.EVERYONE);
    if (groups.contains(Roles.REQUESTER)
        || groups.contains(Roles.AGENT)
        || groups.contains(Roles.EDITOR)
        || groups.contains(Roles.ADMIN)) {
      audiences.add(Audience.EMPLOYEES);
    }
    if (groups.contains(Roles.AGENT) || isStaff()) {
      audiences.add(Audience.AGENTS);
    }
    return audiences;
  }

  public boolean inAudience(Article article) {
    if (article.audience() == Audience.GROUP) {
      return isStaff() || groups.contains(article.audienceGroup());
    }
    return audiences().contains(article.audience());
  }

  /** May this reader see the article at all (in some revision)? */
  public boolean mayRead(Article article) {
    return isStaff() || (article.isLive() && inAudience(article));
  }
}
