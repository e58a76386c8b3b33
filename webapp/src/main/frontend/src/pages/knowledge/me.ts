import { decodeClaims } from '../../claims';
import { useSession } from '../../session';

/** The signed-in user's id as the API knows it (the access token's subject; revisions' authorId). */
export function useMyId(): string | undefined {
  const { user } = useSession();
  if (!user) return undefined;
  const claims = decodeClaims(user.access_token) ?? {};
  const id = claims.sub ?? claims.upn ?? user.profile.sub;
  return id === undefined ? undefined : String(id);
}

export function useHasRole(...roles: string[]): boolean {
  const { identity } = useSession();
  return !!identity && identity.roles.some((role) => roles.includes(role));
}
