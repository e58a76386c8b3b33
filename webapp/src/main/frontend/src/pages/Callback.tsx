import { useEffect, useRef, useState } from 'react';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../session';

/** Where the identity provider sends the browser back with the authorization code. */
export function Callback() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // the code is single-use; StrictMode runs effects twice
    started.current = true;
    session
      .completeSignIn()
      .then((returnTo) => navigate(returnTo.startsWith('/callback') ? '/' : returnTo, { replace: true }))
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [session, navigate]);

  return failed ? <Alert type="error" title={t('signIn.failed')} description={failed} /> : <Spin />;
}
