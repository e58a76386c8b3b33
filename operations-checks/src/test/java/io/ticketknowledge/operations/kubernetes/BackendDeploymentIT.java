package io.ticketknowledge.operations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The backend gets every setting the production profile needs, secrets only from Secrets. */
class BackendDeploymentIT {

  private static final Set<String> SECRETS =
      Set.of("TK_DB_PASSWORD", "TK_S3_ACCESS_KEY", "TK_S3_SECRET_KEY", "TK_KEYSTORE_PASSWORD");

  private final List<Manifest> manifests = RepoFiles.deployed();
  private final Container backend =
      ((Deployment)
              ReferencePolicy.named(manifests, "Deployment", "backend")
                  .findFirst()
                  .orElseThrow()
                  .resource())
          .getSpec()
          .getTemplate()
          .getSpec()
          .getContainers()
          .get(0);

  @Test
  void productionSettingsArePresent() {
    Map<String, String> env = plainEnvironment();

    assertEquals("production", env.get("TK_PROFILE"));
    assertEquals("*", env.get("TK_HTTP_HOST"));
    assertEquals("json", env.get("TK_LOG_FORMAT"));
    for (String key :
        List.of(
            "TK_DB_URL",
            "TK_DB_READ_URL",
            "TK_DB_USER",
            "TK_REDIS_URL",
            "TK_KAFKA_BOOTSTRAP",
            "TK_ES_URL",
            "TK_S3_ENDPOINT",
            "TK_S3_BUCKET",
            "TK_SCAN_CLAMAV_HOST",
            "TK_OIDC_ISSUER",
            "TK_OIDC_JWKS_URI",
            "TK_OIDC_AUDIENCE")) {
      assertTrue(
          env.containsKey(key) && !env.get(key).isBlank(), "backend has no value for " + key);
    }
    assertTrue(env.get("TK_DB_URL").contains("//postgres:5432/"), env.get("TK_DB_URL"));
    assertTrue(
        env.get("TK_DB_READ_URL").contains("//postgres-read:5432/"), env.get("TK_DB_READ_URL"));
  }

  @Test
  void secretsComeFromSecretsOnly() {
    Map<String, String> plain = plainEnvironment();
    for (String key : SECRETS) {
      EnvVar env =
          backend.getEnv().stream().filter(e -> e.getName().equals(key)).findFirst().orElse(null);
      assertNotNull(env, "backend has no " + key);
      assertNotNull(env.getValueFrom(), key + " must come from a Secret");
      assertNotNull(env.getValueFrom().getSecretKeyRef(), key + " must come from a Secret");
      assertTrue(
          !plain.containsKey(key) || plain.get(key) == null, key + " is also set in plain text");
    }
  }

  @Test
  void probesUseMicroProfileHealthOnPort9080() {
    assertEquals("/health/ready", backend.getReadinessProbe().getHttpGet().getPath());
    assertEquals("/health/live", backend.getLivenessProbe().getHttpGet().getPath());
    assertEquals("http", backend.getReadinessProbe().getHttpGet().getPort().getStrVal());
    assertEquals(
        9080,
        backend.getPorts().stream()
            .filter(p -> p.getName().equals("http"))
            .findFirst()
            .orElseThrow()
            .getContainerPort());
  }

  @Test
  void writablePathsAreEmptyDirsUnderAReadOnlyRoot() {
    assertTrue(backend.getSecurityContext().getReadOnlyRootFilesystem());
    Set<String> mounts = new java.util.HashSet<>();
    backend.getVolumeMounts().forEach(m -> mounts.add(m.getMountPath()));
    assertTrue(
        mounts.containsAll(Set.of("/logs", "/opt/ol/wlp/output", "/tmp")), mounts.toString());
  }

  @Test
  void imageIsTheReleasedBackend() {
    assertEquals("ticket-knowledge/backend:1.0.0", backend.getImage());
  }

  /** env values plus the envFrom ConfigMaps' data (valueFrom entries map to null). */
  private Map<String, String> plainEnvironment() {
    Map<String, String> env = new HashMap<>();
    backend
        .getEnvFrom()
        .forEach(
            from -> {
              ConfigMap cm =
                  (ConfigMap)
                      ReferencePolicy.named(
                              manifests, "ConfigMap", from.getConfigMapRef().getName())
                          .findFirst()
                          .orElseThrow()
                          .resource();
              env.putAll(cm.getData());
            });
    backend.getEnv().forEach(e -> env.put(e.getName(), e.getValue()));
    return env;
  }
}
