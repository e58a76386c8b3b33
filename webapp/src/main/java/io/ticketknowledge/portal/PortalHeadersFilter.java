package io.ticketknowledge.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security and caching headers of the portal's pages. Scripts only from this origin (no inline
 * script); styles may be inline because Ant Design writes its CSS-in-JS into style elements. Hashed
 * bundles never change, so they are cached for a year; everything else is revalidated so a new
 * release is seen at once.
 */
@WebFilter(urlPatterns = "/*")
public class PortalHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self';"
          + " frame-ancestors 'none'; form-action 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    boolean hashedBundle = request.getServletPath().startsWith("/assets/");
    response.setHeader(
        "Cache-Control", hashedBundle ? "public, max-age=31536000, immutable" : "no-cache");
    chain.doFilter(request, response);
  }
}
