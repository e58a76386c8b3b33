// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { User } from 'oidc-client-ts';
import { storageKey, storedUser } from './storedUser';

function store(user: User): Storage {
  const storage = window.sessionStorage;
  storage.clear();
  storage.setItem(storageKey(), user.toStorageString());
  return storage;
}

describe('storedUser', () => {
  const now = Date.UTC(2026, 10, 30, 12, 0, 0);

  it('reads the user oidc-client-ts stored, in its own format', () => {
    const user = new User({ access_token: 'token-1', token_type: 'Bearer', profile: { sub: 'requester1', iss: 'x', aud: 'tk-portal', exp: 0, iat: 0, name: '王小明' }, expires_at: now / 1000 + 300 });
    expect(storedUser(store(user), now)).toEqual({ access_token: 'token-1', expires_at: now / 1000 + 300, profile: expect.objectContaining({ name: '王小明' }) });
  });

  it('is null when the token has expired, is missing or the entry is not JSON', () => {
    const expired = new User({ access_token: 'old', token_type: 'Bearer', profile: { sub: 'a', iss: 'x', aud: 'y', exp: 0, iat: 0 }, expires_at: now / 1000 - 1 });
    expect(storedUser(store(expired), now)).toBeNull();
    window.sessionStorage.setItem(storageKey(), '{not json');
    expect(storedUser(window.sessionStorage, now)).toBeNull();
    window.sessionStorage.setItem(storageKey(), JSON.stringify({ profile: {} }));
    expect(storedUser(window.sessionStorage, now)).toBeNull();
    window.sessionStorage.clear();
    expect(storedUser(window.sessionStorage, now)).toBeNull();
  });
});
