import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

/**
 * OIDC sign-in with the authorization code flow and PKCE (public client `tk-portal`). The issuer
 * is the embedded provider of the same server unless the build sets VITE_OIDC_AUTHORITY.
 */
const origin = window.location.origin;
export const userManager = new UserManager({
  authority: import.meta.env.VITE_OIDC_AUTHORITY ?? `${origin}/oidc/endpoint/OP`,
  client_id: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'tk-portal',
  redirect_uri: `${origin}/callback`,
  post_logout_redirect_uri: `${origin}/`,
  response_type: 'code',
  scope: 'openid profile email',
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  automaticSilentRenew: false,
});

export interface Identity {
  username: string;
  roles: string[];
}

/** Who the token says the user is: name claims and the `groups` claim MP JWT reads roles from. */
export function identityOf(user: User): Identity {
  const claims = decodeClaims(user.access_token) ?? {};
  const profile = user.profile as Record<string, unknown>;
  const username = String(
    profile.name ?? profile.preferred_username ?? claims.upn ?? claims.preferred_username ?? profile.sub,
  );
  const groups = claims.groups ?? profile.groups ?? profile.groupIds ?? [];
  return { username, roles: Array.isArray(groups) ? groups.map(String) : [] };
}

export function decodeClaims(jwt: string): Record<string, unknown> | null {
  const part = jwt.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return null;
  }
}
