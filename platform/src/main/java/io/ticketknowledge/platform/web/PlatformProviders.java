package io.ticketknowledge.platform.web;

import io.ticketknowledge.platform.audit.RefusalAudit;
import io.ticketknowledge.platform.problems.ApiExceptionMapper;
import io.ticketknowledge.platform.problems.ConstraintViolationMapper;
import io.ticketknowledge.platform.problems.PortProblems;
import io.ticketknowledge.platform.problems.UnexpectedErrorMapper;
import io.ticketknowledge.platform.problems.WebApplicationExceptionMapper;
import io.ticketknowledge.platform.security.revocation.RevokedTokens;
import java.util.HashSet;
import java.util.Set;

/**
 * The JAX-RS providers every module's API registers. They live in the EAR's lib jar, which the
 * runtime does not scan for {@code @Provider}, so each module's Application lists them.
 */
public final class PlatformProviders {

  private PlatformProviders() {}

  public static Set<Class<?>> with(Class<?>... resources) {
    Set<Class<?>> classes = new HashSet<>(Set.of(resources));
    classes.add(ApiExceptionMapper.class);
    classes.add(PortProblems.class);
    classes.add(ConstraintViolationMapper.class);
    classes.add(WebApplicationExceptionMapper.class);
    classes.add(UnexpectedErrorMapper.class);
    classes.add(BodySizeLimit.class);
    classes.add(ApiRateLimit.class);
    classes.add(SecurityHeaders.class);
    classes.add(StrictJsonReader.class);
    classes.add(RevokedTokens.class);
    classes.add(RefusalAudit.class);
    return classes;
  }
}
