package io.ticketknowledge.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The portal is a single-page app: its own addresses (the OIDC callback, a ticket, an article) are
 * routes in the browser, so a reload or a link from a mail must get the app's index.html, not 404.
 */
@WebServlet(
    urlPatterns = {
      "/callback",
      "/tickets/*",
      "/knowledge/*",
      "/agent",
      "/agent/*",
      "/admin/*",
      "/dashboard/*"
    })
public class PortalRoutesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request.getRequestDispatcher("/index.html").forward(request, response);
  }
}
