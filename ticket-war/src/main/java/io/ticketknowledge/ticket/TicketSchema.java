package io.ticketknowledge.ticket;

import io.ticketknowledge.platform.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;

/** Brings schema {@code ticket} up to date before the module serves its first request. */
@ApplicationScoped
public class TicketSchema {

  @Resource(lookup = "jdbc/tk")
  DataSource dataSource;

  void migrate(@Observes @Initialized(ApplicationScoped.class) Object started) {
    SchemaMigrator.migrate(dataSource, "ticket", TicketSchema.class.getClassLoader());
  }
}
