// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mentionables, mentionedIn } from './Composer';

const groups = [
  { id: 50, name: '服務台', members: [{ userId: 'agent1', name: '陳志豪' }, { userId: 'admin1', name: '張建國' }], version: 1 },
  { id: 51, name: '網路與帳號', members: [{ userId: 'admin1', name: '張建國' }], version: 1 },
];

describe('mentions', () => {
  it('offers each support-group agent once', () => {
    expect(mentionables(groups)).toEqual([
      { userId: 'agent1', name: '陳志豪' },
      { userId: 'admin1', name: '張建國' },
    ]);
  });

  it('sends the ids of the agents whose @name or @id is in the text, nobody else', () => {
    const agents = mentionables(groups);
    expect(mentionedIn('@陳志豪 請協助確認驅動版本', agents)).toEqual(['agent1']);
    expect(mentionedIn('cc @admin1 and @陳志豪', agents)).toEqual(['agent1', 'admin1']);
    expect(mentionedIn('陳志豪 說沒問題；mail someone@example.com', agents)).toEqual([]);
  });
});
