import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { identityFrom, type Identity } from './claims';

export type { Identity };

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

/** Who the signed-in user is, from the ID token's profile and the access token's claims. */
export function identityOf(user: User): Identity {
  return identityFrom(user.profile as Record<string, unknown>, user.access_token);
}
