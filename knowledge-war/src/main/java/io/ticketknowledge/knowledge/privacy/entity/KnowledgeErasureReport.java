package io.ticketknowledge.knowledge.privacy.entity;

/**
 * What one erasure of a person did in Knowledge. Articles they wrote stay (the organisation's
 * knowledge) under their pseudonym; their feedback comments and search queries go.
 */
public record KnowledgeErasureReport(
    String subject,
    String pseudonym,
    int articlesPseudonymized,
    int revisionsPseudonymized,
    int reviewsPseudonymized,
    int feedbackErased,
    int searchesDeleted) {}
