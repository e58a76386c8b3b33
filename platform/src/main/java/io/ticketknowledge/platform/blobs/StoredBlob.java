package io.ticketknowledge.platform.blobs;

/**
 * A stored upload: its generated key, the content type detected from its bytes, its size in bytes
 * and the SHA-256 of its content (lower-case hex), computed while it streamed through.
 */
public record StoredBlob(String key, String contentType, long size, String sha256) {}
