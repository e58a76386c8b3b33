package io.ticketknowledge.knowledge.attachments.control;

import io.ticketknowledge.knowledge.attachments.entity.Attachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The attachment rows, each write its own transaction (the bytes are stored outside of it). */
@ApplicationScoped
@Transactional
public class AttachmentRows {

  @PersistenceContext(unitName = "knowledge")
  EntityManager em;

  public Attachment insert(Attachment attachment) {
    em.persist(attachment);
    em.flush();
    return attachment;
  }

  public Attachment find(long id) {
    return em.find(Attachment.class, id);
  }

  public void delete(long id) {
    Attachment attachment = em.find(Attachment.class, id);
    if (attachment != null) {
      em.remove(attachment);
    }
  }
}
