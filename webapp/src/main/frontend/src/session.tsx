import { createContext, useContext, useState, type ReactNode } from 'react';
import { identityFrom, type Identity } from './claims';
import { storedUser, type SignedInUser } from './storedUser';

export type { Identity };

interface Session {
  user: SignedInUser | null;
  identity: Identity | null;
  loading: boolean;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
  completeSignIn: () => Promise<string>;
}

const SessionContext = createContext<Session | null>(null);

// oidc-client-ts is loaded only to sign in or out (it is not part of the first load)
const oidc = () => import('./auth').then((auth) => auth.userManager);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SignedInUser | null>(() => storedUser());

  const session: Session = {
    user,
    identity: user ? identityFrom(user.profile, user.access_token) : null,
    loading: false,
    signIn: async (returnTo = window.location.pathname) => (await oidc()).signinRedirect({ state: returnTo }),
    signOut: async () => {
      await (await oidc()).removeUser();
      setUser(null);
    },
    completeSignIn: async () => {
      const signedIn = await (await oidc()).signinRedirectCallback();
      setUser(signedIn);
      return typeof signedIn.state === 'string' ? signedIn.state : '/';
    },
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
