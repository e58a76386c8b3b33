import { Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Typography } from 'antd';
import { useSession } from '../../session';
import Queue from './Queue';
import AgentTicket from './AgentTicket';

/** The agent area (/agent), one lazily loaded chunk: the queues and the agent's ticket page. */
export default function AgentArea() {
  const { t } = useTranslation();
  const roles = useSession().identity?.roles ?? [];
  // the API refuses the agents' calls anyway; this only spares a requester a page of errors
  if (!roles.includes('agent') && !roles.includes('admin')) return <Typography.Text>{t('error.notFound')}</Typography.Text>;
  return (
    <Routes>
      <Route index element={<Queue />} />
      <Route path="tickets/:id" element={<AgentTicket />} />
      <Route path="*" element={<Typography.Text>{t('error.notFound')}</Typography.Text>} />
    </Routes>
  );
}
