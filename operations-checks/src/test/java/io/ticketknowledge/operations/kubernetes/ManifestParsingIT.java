package io.ticketknowledge.operations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.ticketknowledge.operations.kubernetes.ManifestReader.ManifestException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestParsingIT {

  @Test
  void everyDocumentUnderKubernetesParsesIntoItsTypedModel() {
    List<Manifest> manifests = RepoFiles.deployed();

    assertTrue(manifests.size() > 80, "expected the whole deployment, read " + manifests.size());
    Manifest backend =
        manifests.stream()
            .filter(m -> m.kind().equals("Deployment") && m.name().equals("backend"))
            .findFirst()
            .orElseThrow();
    assertTrue(backend.resource() instanceof Deployment);
    assertTrue(
        manifests.stream()
            .filter(m -> m.resource() instanceof GenericKubernetesResource)
            .allMatch(m -> m.resource().getApiVersion().startsWith("velero.io/")),
        "only Velero resources may be parsed generically");
  }

  @Test
  void aMisspelledFieldIsRejectedWithFileAndPath() {
    ManifestException error =
        assertThrows(ManifestException.class, () -> RepoFiles.fixtureManifests("typo-field"));

    assertTrue(
        error.getMessage().contains("deployment.yaml (document 1) Deployment"), error.getMessage());
    assertTrue(error.getMessage().contains("readinesProbe"), error.getMessage());
    assertTrue(error.getMessage().contains("spec.template.spec.containers[0]"), error.getMessage());
  }

  @Test
  void anUnknownKindOrApiVersionIsRejected(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("old.yaml"),
        "apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: old\n");

    ManifestException error =
        assertThrows(ManifestException.class, () -> new ManifestReader().readTree(dir));

    assertTrue(
        error.getMessage().contains("extensions/v1beta1 Ingress is not a kind"),
        error.getMessage());
  }

  @Test
  void aWrongValueTypeIsRejected(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("svc.yaml"),
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: [1]\n");

    assertThrows(ManifestException.class, () -> new ManifestReader().readTree(dir));
  }

  @Test
  void documentsAreCountedPerFile(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("two.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n"
            + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n---\n");

    List<Manifest> manifests = new ManifestReader().readTree(dir);

    assertEquals(2, manifests.size());
    assertEquals(2, manifests.get(1).document());
  }
}
