package io.ticketknowledge.operations.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads every YAML document under a folder into the fabric8 typed models, the way {@code kubectl
 * apply -f} reads them, but stricter than the API server's default: an unknown field anywhere is an
 * error (the server would only warn, and drop it).
 */
final class ManifestReader {

  /** The kinds the deployment uses; anything else is an error until it is added here. */
  private static final List<Class<? extends HasMetadata>> TYPED_KINDS =
      List.of(
          Namespace.class,
          ConfigMap.class,
          Secret.class,
          Service.class,
          ServiceAccount.class,
          PersistentVolumeClaim.class,
          Deployment.class,
          StatefulSet.class,
          DaemonSet.class,
          Job.class,
          CronJob.class,
          HorizontalPodAutoscaler.class,
          PodDisruptionBudget.class,
          Ingress.class,
          NetworkPolicy.class,
          Role.class,
          RoleBinding.class,
          ClusterRole.class,
          ClusterRoleBinding.class);

  /**
   * API groups of custom resources (CRDs): parsed generically, shape-checked by their own tests.
   */
  static final Set<String> CUSTOM_RESOURCE_GROUPS = Set.of("velero.io");

  private static final Map<String, Class<? extends HasMetadata>> TYPE_BY_API_KIND =
      TYPED_KINDS.stream()
          .collect(
              Collectors.toMap(
                  type -> HasMetadata.getApiVersion(type) + "/" + HasMetadata.getKind(type),
                  Function.identity()));

  private final YAMLMapper mapper =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .annotationIntrospector(new StrictModelIntrospector())
          .build();

  /** Every {@code .yaml}/{@code .yml} file below {@code root}, in path order. */
  List<Manifest> readTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Manifest> manifests = new ArrayList<>();
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .sorted()
              .toList()) {
        manifests.addAll(read(file));
      }
      return manifests;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Manifest> read(Path file) {
    List<Manifest> manifests = new ArrayList<>();
    try (MappingIterator<JsonNode> documents =
        mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
      int index = 0;
      while (documents.hasNextValue()) {
        JsonNode document = documents.nextValue();
        index++;
        if (document == null || document.isNull() || document.isMissingNode()) {
          continue;
        }
        manifests.add(new Manifest(file, index, toModel(file, index, document)));
      }
    } catch (JacksonException e) {
      throw new ManifestException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    return manifests;
  }

  private HasMetadata toModel(Path file, int index, JsonNode document) {
    String where = file + " (document " + index + ")";
    String apiVersion = document.path("apiVersion").asString("");
    String kind = document.path("kind").asString("");
    if (apiVersion.isEmpty() || kind.isEmpty()) {
      throw new ManifestException(where + ": apiVersion and kind are required");
    }
    Class<? extends HasMetadata> type = TYPE_BY_API_KIND.get(apiVersion + "/" + kind);
    if (type == null && CUSTOM_RESOURCE_GROUPS.contains(group(apiVersion))) {
      type = GenericKubernetesResource.class;
    }
    if (type == null) {
      throw new ManifestException(
          where
              + ": "
              + apiVersion
              + " "
              + kind
              + " is not a kind these checks know (wrong apiVersion? add it to ManifestReader)");
    }
    try {
      return mapper.treeToValue(document, type);
    } catch (JacksonException e) {
      throw new ManifestException(
          where + " " + kind + ": " + e.getOriginalMessage() + " at " + path(e), e);
    }
  }

  private static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The field path of the error, e.g. spec.template.spec.containers[0].readinesProbe. */
  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "(document root)" : path.toString();
  }

  /** A manifest that cannot be read; the message names the file, the document and the field. */
  static final class ManifestException extends RuntimeException {
    ManifestException(String message) {
      super(message);
    }

    ManifestException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
