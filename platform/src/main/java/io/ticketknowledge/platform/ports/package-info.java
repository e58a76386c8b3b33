/**
 * What every port shares: {@link io.ticketknowledge.platform.ports.PortException}, the root of the
 * failures ports report in their own language.
 */
package io.ticketknowledge.platform.ports;
