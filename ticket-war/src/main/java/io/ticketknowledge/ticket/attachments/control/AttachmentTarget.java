package io.ticketknowledge.ticket.attachments.control;

/**
 * Where an upload goes, checked before its bytes are read: a ticket the uploader may change, or a
 * comment of it (internal when the comment is an internal note).
 */
public record AttachmentTarget(long ticketId, Long commentId, boolean internal) {}
