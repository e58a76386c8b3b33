import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { identityFrom, type Identity } from './claims';
import { OIDC_AUTHORITY, OIDC_CLIENT_ID } from './storedUser';

/**
 * OIDC sign-in with the authorization code flow and PKCE (public client `tk-portal`). The issuer
 * is the embedded provider of the same server unless the build sets VITE_OIDC_AUTHORITY. Loaded
 * only to sign in or out (session.tsx); pages read the token through storedUser.ts.
 */
const origin = window.location.origin;
export const userManager = new UserManager({
  authority: OIDC_AUTHORITY,
  client_id: OIDC_CLIENT_ID,
  redirect_uri: `${origin}/callback`,
  post_logout_redirect_uri: `${origin}/`,
  response_type: 'code',
  scope: 'openid profile email',
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  automaticSilentRenew: false,
});

export type { Identity };

/** Who the signed-in user is, from the ID token's profile and the access token's claims. */
export function identityOf(user: { profile: object; access_token: string }): Identity {
  return identityFrom(user.profile as Record<string, unknown>, user.access_token);
}
