import { describe, expect, it } from 'vitest';
import { authorsOfChange, reviewActions, sendBackComment } from './reviewRules';
import type { Revision } from './editorApi';

const revision = (number: number, authorId: string): Revision => ({
  number,
  title: `r${number}`,
  authorId,
  authorName: authorId,
  createdAt: '2026-11-30T08:00:00Z',
  published: false,
});

describe('the four-eyes rule', () => {
  const history = [revision(3, 'editor1'), revision(2, 'admin1'), revision(1, 'editor1')];

  it('the authors of a change are those of the revisions after the published one', () => {
    expect([...authorsOfChange(history, 2)]).toEqual(['editor1']);
    expect([...authorsOfChange(history, null)].sort()).toEqual(['admin1', 'editor1']);
    expect(authorsOfChange(history, 3).size).toBe(0);
  });

  it('the author of an article in review cannot approve or send it back', () => {
    const actions = reviewActions({ status: 'IN_REVIEW', publishedRevision: 2 }, history, 'editor1');
    expect(actions.canApprove).toBe(false);
    expect(actions.canSendBack).toBe(false);
    expect(actions.canWithdraw).toBe(true);
    expect(actions.blockedBecause).toBe('ownChange');
  });

  it('another editor can approve or send it back', () => {
    const actions = reviewActions({ status: 'IN_REVIEW', publishedRevision: 2 }, history, 'admin1');
    expect(actions).toMatchObject({ canApprove: true, canSendBack: true, blockedBecause: undefined });
  });

  it('someone who wrote an earlier part of an unpublished article is an author too', () => {
    expect(reviewActions({ status: 'IN_REVIEW', publishedRevision: null }, history, 'admin1').canApprove).toBe(false);
    expect(reviewActions({ status: 'IN_REVIEW', publishedRevision: null }, history, 'editor2').canApprove).toBe(true);
  });

  it('nobody reviews what is not in review, and an unknown user reviews nothing', () => {
    for (const status of ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const) {
      const actions = reviewActions({ status, publishedRevision: 1 }, history, 'admin1');
      expect(actions.canApprove).toBe(false);
      expect(actions.blockedBecause).toBe('notInReview');
    }
    expect(reviewActions({ status: 'IN_REVIEW' }, history, undefined).canApprove).toBe(false);
  });

  it('only drafts are submitted; drafts and published articles are edited and archived', () => {
    expect(reviewActions({ status: 'DRAFT' }, [], 'x')).toMatchObject({ canSubmit: true, canEdit: true, canArchive: true });
    expect(reviewActions({ status: 'PUBLISHED' }, [], 'x')).toMatchObject({ canSubmit: false, canEdit: true, canArchive: true });
    expect(reviewActions({ status: 'IN_REVIEW' }, [], 'x')).toMatchObject({ canSubmit: false, canEdit: false, canArchive: false });
    expect(reviewActions({ status: 'ARCHIVED' }, [], 'x')).toMatchObject({ canSubmit: false, canEdit: false, canWithdraw: false });
  });
});

describe('sending back', () => {
  it('needs a comment that is not blank and not over 2000 characters', () => {
    expect(sendBackComment('  ')).toBeNull();
    expect(sendBackComment('x'.repeat(2001))).toBeNull();
    expect(sendBackComment('  請補上截圖  ')).toBe('請補上截圖');
  });
});
