import type { Member, ReindexStatus } from './adminApi';

/** The progress bar's percentage: done of total, 100 when completed, never over 100 or NaN. */
export function reindexPercent(status: Pick<ReindexStatus, 'state' | 'done' | 'total'>): number {
  if (status.state === 'COMPLETED') return 100;
  if (status.total <= 0) return 0;
  return Math.min(100, Math.floor((status.done * 100) / status.total));
}

/** The members typed one per line as `userId name` (the name may have spaces; missing: the id). */
export function parseMembers(text: string): Member[] {
  const seen = new Set<string>();
  const members: Member[] = [];
  for (const line of text.split('\n')) {
    const [userId, ...rest] = line.trim().split(/\s+/);
    if (!userId || seen.has(userId)) continue;
    seen.add(userId);
    members.push({ userId, name: rest.join(' ') || userId });
  }
  return members;
}

export function formatMembers(members: Member[]): string {
  return members.map((member) => (member.name === member.userId ? member.userId : `${member.userId} ${member.name}`)).join('\n');
}
