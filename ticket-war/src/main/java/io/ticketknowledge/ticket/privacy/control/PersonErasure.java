package io.ticketknowledge.ticket.privacy.control;

import io.ticketknowledge.platform.blobs.BlobStore;
import io.ticketknowledge.platform.privacy.SubjectId;
import io.ticketknowledge.ticket.privacy.entity.ErasureReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Erases a person from the Ticket module: the rows in one transaction ({@link ErasureRows}), then
 * the files from the object store. A file whose delete fails is logged by key (no name): its row is
 * gone already, so it is unreachable, and the object store's lifecycle or a re-run of the orphan
 * sweep removes it.
 */
@ApplicationScoped
public class PersonErasure {

  private static final Logger LOG = Logger.getLogger(PersonErasure.class.getName());

  @Inject ErasureRows rows;
  @Inject BlobStore blobs;

  public ErasureReport erase(SubjectId subject, String actorId) {
    ErasureRows.Erased erased = rows.erase(subject, actorId);
    deleteBlobs(erased.blobKeys());
    return erased.report();
  }

  void deleteBlobs(List<String> keys) {
    for (String key : keys) {
      try {
        blobs.delete(key);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "could not delete blob " + key + " of an erased row", e);
      }
    }
  }
}
