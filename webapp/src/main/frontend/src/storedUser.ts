/**
 * The signed-in user as oidc-client-ts keeps it in sessionStorage, read without loading the library:
 * every page needs the access token, only signing in and out need oidc-client-ts (loaded then, by
 * session.tsx), which keeps it out of the first load (bundle budget). storedUser.test.ts checks the
 * format against the library's own User.toStorageString().
 */
const origin = typeof window === 'undefined' ? '' : window.location.origin;
export const OIDC_AUTHORITY: string = import.meta.env.VITE_OIDC_AUTHORITY ?? `${origin}/oidc/endpoint/OP`;
export const OIDC_CLIENT_ID: string = import.meta.env.VITE_OIDC_CLIENT_ID ?? 'tk-portal';

/** What the portal uses of a signed-in user (a subset of oidc-client-ts' User). */
export interface SignedInUser {
  access_token: string;
  expires_at?: number;
  profile: Record<string, unknown>;
}

/** The key oidc-client-ts' WebStorageStateStore (prefix "oidc.") stores the user under. */
export function storageKey(authority = OIDC_AUTHORITY, clientId = OIDC_CLIENT_ID): string {
  return `oidc.user:${authority}:${clientId}`;
}

/** The stored user whose access token has not expired yet, or null. */
export function storedUser(storage: Storage = window.sessionStorage, now = Date.now()): SignedInUser | null {
  const raw = storage.getItem(storageKey());
  if (!raw) return null;
  try {
    const user = JSON.parse(raw) as Partial<SignedInUser>;
    if (typeof user.access_token !== 'string' || !user.access_token) return null;
    if (typeof user.expires_at === 'number' && user.expires_at * 1000 <= now) return null;
    return { access_token: user.access_token, expires_at: user.expires_at, profile: user.profile ?? {} };
  } catch {
    return null;
  }
}
