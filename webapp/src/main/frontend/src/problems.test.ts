import { describe, expect, it } from 'vitest';
import { problemOf } from './problems';

describe('problemOf', () => {
  it('takes the localized detail of a problem+json answer', async () => {
    const response = new Response(JSON.stringify({ title: '找不到', status: 404, detail: '找不到案件 7。' }), {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json' },
    });
    const problem = await problemOf(response);
    expect(problem.status).toBe(404);
    expect(problem.detail).toBe('找不到案件 7。');
    expect(problem.message).toBe('找不到案件 7。');
  });
  it('falls back to the status line when the body is not JSON', async () => {
    const problem = await problemOf(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));
    expect(problem.message).toBe('Bad Gateway');
    expect(problem.detail).toBeUndefined();
  });
});
