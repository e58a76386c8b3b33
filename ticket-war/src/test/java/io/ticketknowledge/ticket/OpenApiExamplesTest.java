package io.ticketknowledge.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code /api/ticket} is described for a reader of the OpenAPI document: a
 * summary, an example of the request body it takes and of the success response it gives (other than
 * an empty 201/202/204). Fails with the list of what is missing, operation by operation.
 */
class OpenApiExamplesTest {

  @Test
  void everyOperationHasASummaryAndExamplesOfItsBodies() {
    List<String> missing = new ArrayList<>();
    Application api = new TicketApi();
    List<Class<?>> resources =
        api.getClasses().stream()
            .filter(c -> c.isAnnotationPresent(Path.class))
            .sorted(Comparator.comparing(Class::getName))
            .toList();
    for (Class<?> resource : resources) {
      Method[] methods = resource.getDeclaredMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method method : methods) {
        if (Arrays.stream(method.getAnnotations())
            .noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
          continue;
        }
        String name = resource.getSimpleName() + "." + method.getName();
        Operation operation = method.getAnnotation(Operation.class);
        if (operation == null || operation.summary().isBlank()) {
          missing.add(name + ": no summary");
        }
        if (takesBody(method) && !hasRequestExample(method) && !uploadsFiles(method)) {
          missing.add(name + ": no request body example");
        }
        if (!hasSuccessExample(method) && !returnsFileBytes(method)) {
          missing.add(name + ": no example of a success response");
        }
      }
    }
    assertEquals(List.of(), missing, "operations without a summary or examples:\n" + missing);
  }

  /** An entity parameter: one without a JAX-RS, bean validation-only or context annotation. */
  private static boolean takesBody(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean bound =
          Arrays.stream(parameter.getAnnotations())
              .map(a -> a.annotationType().getPackageName())
              .anyMatch(p -> p.equals("jakarta.ws.rs") || p.equals("jakarta.ws.rs.core"));
      if (!bound) {
        return true;
      }
    }
    return false;
  }

  /** A multipart upload: its parts are files, which no JSON example describes. */
  private static boolean uploadsFiles(Method method) {
    RequestBody body = method.getAnnotation(RequestBody.class);
    return body != null
        && Arrays.stream(body.content()).anyMatch(c -> c.mediaType().startsWith("multipart/"));
  }

  /** A download: the success response is the file's own bytes. */
  private static boolean returnsFileBytes(Method method) {
    jakarta.ws.rs.Produces produces = method.getAnnotation(jakarta.ws.rs.Produces.class);
    return produces != null && Arrays.asList(produces.value()).contains("*/*");
  }

  private static boolean hasRequestExample(Method method) {
    List<RequestBody> bodies = new ArrayList<>();
    if (method.getAnnotation(RequestBody.class) != null) {
      bodies.add(method.getAnnotation(RequestBody.class));
    }
    for (Parameter parameter : method.getParameters()) {
      if (parameter.getAnnotation(RequestBody.class) != null) {
        bodies.add(parameter.getAnnotation(RequestBody.class));
      }
    }
    return bodies.stream().anyMatch(b -> hasExample(b.content()));
  }

  private static boolean hasSuccessExample(Method method) {
    List<APIResponse> responses = new ArrayList<>();
    if (method.getAnnotation(APIResponses.class) != null) {
      responses.addAll(Arrays.asList(method.getAnnotation(APIResponses.class).value()));
    }
    responses.addAll(Arrays.asList(method.getAnnotationsByType(APIResponse.class)));
    return responses.stream()
        .filter(r -> r.responseCode().startsWith("2") || r.responseCode().isBlank())
        .anyMatch(r -> hasExample(r.content()) || emptySuccess(r));
  }

  /** A success without a body (204, or a 201/202 described without content) needs no example. */
  private static boolean emptySuccess(APIResponse response) {
    return response.responseCode().equals("204")
        || (response.content().length == 0
            && (response.responseCode().equals("201") || response.responseCode().equals("202")));
  }

  private static boolean hasExample(Content[] contents) {
    return Arrays.stream(contents).anyMatch(c -> c.examples().length > 0 || !c.example().isBlank());
  }
}
