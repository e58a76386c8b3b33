/** The claims of a JWT, read without checking it (the API checks it; the UI only shows them). */
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

export interface Identity {
  username: string;
  roles: string[];
}

/** Who the tokens say the user is: name claims, and the `groups` claim MP JWT reads roles from. */
export function identityFrom(profile: Record<string, unknown>, accessToken: string): Identity {
  const claims = decodeClaims(accessToken) ?? {};
  const username = String(
    profile.name ?? profile.preferred_username ?? claims.upn ?? claims.preferred_username ?? profile.sub ?? claims.sub ?? '',
  );
  const groups = claims.groups ?? profile.groups ?? [];
  return { username, roles: Array.isArray(groups) ? groups.map(String) : [] };
}
