import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { User } from 'oidc-client-ts';
import { identityOf, userManager, type Identity } from './auth';

interface Session {
  user: User | null;
  identity: Identity | null;
  loading: boolean;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
  completeSignIn: () => Promise<string>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    userManager
      .getUser()
      .then((u) => setUser(u && !u.expired ? u : null))
      .finally(() => setLoading(false));
    const loaded = (u: User) => setUser(u);
    const unloaded = () => setUser(null);
    userManager.events.addUserLoaded(loaded);
    userManager.events.addUserUnloaded(unloaded);
    return () => {
      userManager.events.removeUserLoaded(loaded);
      userManager.events.removeUserUnloaded(unloaded);
    };
  }, []);

  const session: Session = {
    user,
    identity: user ? identityOf(user) : null,
    loading,
    signIn: (returnTo = window.location.pathname) => userManager.signinRedirect({ state: returnTo }),
    signOut: async () => {
      await userManager.removeUser();
      setUser(null);
    },
    completeSignIn: async () => {
      const signedIn = await userManager.signinRedirectCallback();
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
