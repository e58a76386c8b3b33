import { Descriptions, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ticketApi } from '../api';
import { ProblemAlert } from '../ProblemAlert';
import { StatusTag } from './StatusTag';

/** One ticket as the requester sees it. */
export default function TicketDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const ticket = useQuery({ queryKey: ['ticket', id], queryFn: () => ticketApi.get(id) });
  if (ticket.isLoading) return <Spin />;
  if (!ticket.data) return <ProblemAlert error={ticket.error} />;
  const data = ticket.data;
  return (
    <>
      <Typography.Title level={2} data-testid="ticket-title">{`#${data.id} ${data.subject}`}</Typography.Title>
      <Descriptions bordered column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t('tickets.status')}>
          <StatusTag status={data.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.priority')}>{t(`priority.${data.priority}`, data.priority)}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.requester')}>{data.requester.name}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.created')}>{new Date(data.createdAt).toLocaleString(i18n.language)}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t('tickets.description')}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{data.description}</Typography.Paragraph>
    </>
  );
}
