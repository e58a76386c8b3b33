import { describe, expect, it } from 'vitest';
import { identityFrom } from './claims';

const jwt = (claims: object) =>
  `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.sig`;

describe('identityFrom', () => {
  it('reads the roles from the groups claim and the name from upn', () => {
    expect(identityFrom({ sub: 'requester1' }, jwt({ upn: 'requester1', groups: ['requester', 'agent'] }))).toEqual({
      username: 'requester1',
      roles: ['requester', 'agent'],
    });
  });
  it('prefers a display name from the ID token, in any script', () => {
    expect(identityFrom({ name: '王小明', sub: 'requester1' }, jwt({ groups: [] })).username).toBe('王小明');
  });
  it('shows no roles for a token it cannot read', () => {
    expect(identityFrom({ sub: 'x' }, 'not-a-jwt')).toEqual({ username: 'x', roles: [] });
  });
});
