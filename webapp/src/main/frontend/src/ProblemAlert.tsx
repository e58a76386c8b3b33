import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from './problems';

/** Shows an API error as its localized problem+json detail (or title). */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message =
    error instanceof ApiProblem ? error.detail ?? error.title : t('error.network');
  return <Alert type="error" showIcon role="alert" title={message} />;
}
