package io.ticketknowledge.portal;

import io.ticketknowledge.platform.events.contract.EventContracts;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the event contracts' AsyncAPI document (docs/events/asyncapi.yaml, schemas inlined) at
 * {@code /asyncapi}, next to MicroProfile OpenAPI's {@code /openapi}: YAML by default, JSON when
 * asked for ({@code Accept: application/json} or {@code ?format=json}), as {@code /openapi} does.
 * It lives in the portal WAR because that is the application at the server root; the document comes
 * from the platform jar in the EAR's lib.
 */
@WebServlet(urlPatterns = "/asyncapi")
public class AsyncApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private transient String yaml;
  private transient String json;

  @Override
  public void init() {
    yaml = EventContracts.bundledAsyncApi();
    json = EventContracts.bundledAsyncApiJson();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean asJson =
        "json".equalsIgnoreCase(request.getParameter("format"))
            || (request.getHeader("Accept") != null
                && request.getHeader("Accept").contains("application/json"));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(asJson ? "application/json" : "application/yaml");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.getWriter().write(asJson ? json : yaml);
  }
}
