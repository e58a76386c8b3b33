package io.ticketknowledge.platform.health;

import io.ticketknowledge.platform.blobs.BlobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the blob store of the profile can take uploads: with S3, the bucket exists (created on
 * first probe when {@code tk.s3.create-bucket} is true); with the filesystem, its directory is
 * writable (a full or read-only volume is as fatal as a dead S3).
 */
@Readiness
@Alternative
@ApplicationScoped
public class BlobStoreReadiness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "tk.blobs.adapter")
  String adapter;

  @Inject BlobStore store;

  @Override
  public HealthCheckResponse call() {
    return Probe.run("blobs", adapter, store::readiness);
  }
}
