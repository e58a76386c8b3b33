/**
 * Readiness of the backing services each profile uses.
 *
 * <p>The checks are CDI alternatives: Liberty collects health checks per web module, and beans in
 * the EAR's lib jar are visible to every module, so enabled everywhere they would be listed (and
 * probed) once per module. Exactly one module selects them in its {@code beans.xml}: ticket-war.
 */
package io.ticketknowledge.platform.health;
