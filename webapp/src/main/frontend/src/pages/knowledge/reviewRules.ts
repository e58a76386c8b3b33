import type { EditableArticle, Revision } from './editorApi';

/**
 * What the signed-in editor may do with an article, mirroring the server's review rules
 * (ReviewRules, docs/knowledge.md) so the UI offers only what will be accepted: the server still
 * decides, and its 403/409 is shown if the two ever disagree.
 */
export interface ReviewActions {
  canEdit: boolean;
  canSubmit: boolean;
  canArchive: boolean;
  canWithdraw: boolean;
  canApprove: boolean;
  canSendBack: boolean;
  /** why approve / send back is not offered; an i18n key under "editor" */
  blockedBecause?: 'ownChange' | 'notInReview';
}

/**
 * The authors of the change under review: every revision after the published one (all of them for
 * an article never published). The four-eyes rule: none of them may approve or send it back.
 */
export function authorsOfChange(revisions: Revision[], publishedRevision?: number | null): Set<string> {
  const since = publishedRevision ?? 0;
  return new Set(revisions.filter((revision) => revision.number > since).map((revision) => revision.authorId));
}

export function reviewActions(
  article: Pick<EditableArticle, 'status' | 'publishedRevision'>,
  revisions: Revision[],
  me: string | undefined,
): ReviewActions {
  const inReview = article.status === 'IN_REVIEW';
  const own = me !== undefined && authorsOfChange(revisions, article.publishedRevision).has(me);
  const mayReview = inReview && !own && me !== undefined;
  return {
    canEdit: article.status === 'DRAFT' || article.status === 'PUBLISHED',
    // editing a published article turns it into a draft with a pending revision
    canSubmit: article.status === 'DRAFT',
    canArchive: article.status === 'DRAFT' || article.status === 'PUBLISHED',
    canWithdraw: inReview,
    canApprove: mayReview,
    canSendBack: mayReview,
    blockedBecause: !inReview ? 'notInReview' : own ? 'ownChange' : undefined,
  };
}

/** A send-back needs a comment saying what to change (the server answers 400 without one). */
export function sendBackComment(text: string): string | null {
  const comment = text.trim();
  return comment.length > 0 && comment.length <= 2000 ? comment : null;
}
