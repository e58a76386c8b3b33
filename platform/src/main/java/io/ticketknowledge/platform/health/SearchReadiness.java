package io.ticketknowledge.platform.health;

import io.ticketknowledge.platform.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the Elasticsearch cluster is green or yellow, if Elasticsearch is the search adapter;
 * with the Lucene adapter, when its index directory exists (or can be made) and is writable — a
 * read-only or missing volume would otherwise fail only at the first write.
 */
@Readiness
@Alternative
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "tk.search.adapter")
  String adapter;

  @Inject
  @ConfigProperty(name = "tk.es.url")
  String url;

  @Inject
  @ConfigProperty(name = "tk.search.lucene.dir")
  String luceneDir;

  @Inject
  @ConfigProperty(name = "tk.health.timeout-ms")
  int timeoutMs;

  private volatile HttpClient http;

  @Override
  public HealthCheckResponse call() {
    if ("lucene".equals(adapter)) {
      return Probe.run("search", adapter, this::luceneDirectory);
    }
    if (!"elasticsearch".equals(adapter)) {
      return Probe.embedded("search", adapter);
    }
    return Probe.run("search", adapter, this::clusterHealth);
  }

  private String luceneDirectory() {
    Path dir = Path.of(luceneDir).toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the index directory " + dir, e);
    }
    if (!Files.isWritable(dir)) {
      throw new IllegalStateException("the index directory " + dir + " is not writable");
    }
    return "index directory " + dir;
  }

  private String clusterHealth() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/_cluster/health"))
            .timeout(Duration.ofMillis(timeoutMs))
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Elasticsearch answered HTTP " + response.statusCode());
      }
      JsonObject health;
      try (JsonReader reader = Jsons.reader(new StringReader(response.body()))) {
        health = reader.readObject();
      }
      String status = health.getString("status", "unknown");
      if ("red".equals(status)) {
        throw new IllegalStateException(
            "cluster " + health.getString("cluster_name", "") + " is red");
      }
      return "cluster " + health.getString("cluster_name", "") + " is " + status;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Elasticsearch at " + url + " did not answer: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private HttpClient client() {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMs)).build();
    }
    return http;
  }
}
