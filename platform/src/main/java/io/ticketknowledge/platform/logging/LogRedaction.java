package io.ticketknowledge.platform.logging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/** Installs the {@link RedactingHandler} when a module starts. */
@ApplicationScoped
public class LogRedaction {

  void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
    RedactingHandler.install();
  }
}
