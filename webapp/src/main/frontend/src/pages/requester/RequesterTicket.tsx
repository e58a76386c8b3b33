import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Popconfirm, Space, Spin, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../problems';
import { ProblemAlert } from '../../ProblemAlert';
import { useParams } from 'react-router-dom';
import { StatusTag } from '../StatusTag';
import { Conversation } from '../../tickets/Conversation';
import { ticketsApi, type TicketStatus, type TicketView } from '../../tickets/ticketsApi';
import { allowedTargets, reopens } from '../../tickets/workflow';

/**
 * A ticket as its requester sees it: the public conversation (never internal notes), a reply, and
 * the moves the workflow gives requesters (reopen or close a resolved ticket).
 */
export default function RequesterTicket() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const ticket = useQuery({ queryKey: ['ticket', id], queryFn: () => ticketsApi.get(id) });
  const comments = useQuery({ queryKey: ['comments', id], queryFn: () => ticketsApi.comments(id), enabled: ticket.isSuccess });
  const workflow = useQuery({ queryKey: ['workflow'], queryFn: ticketsApi.workflow, staleTime: Infinity });
  const [reply, setReply] = useState('');
  const [stale, setStale] = useState(false);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['ticket', id] });
    void queryClient.invalidateQueries({ queryKey: ['comments', id] });
    void queryClient.invalidateQueries({ queryKey: ['tickets'] });
  };
  const send = useMutation({
    mutationFn: (data: TicketView) => ticketsApi.comment(data.id, reply.trim(), false),
    onSuccess: () => {
      setReply('');
      refresh(); // a reply to a pending or resolved ticket reopens it
    },
  });
  const move = useMutation({
    mutationFn: ({ data, to }: { data: TicketView; to: TicketStatus }) => ticketsApi.change(data.id, data.version, { status: to }),
    onSuccess: (updated) => {
      setStale(false);
      queryClient.setQueryData(['ticket', id], updated);
      refresh();
    },
    onError: (error) => {
      // changed meanwhile (an agent answered): show the ticket as it is now, let the requester decide again
      if (error instanceof ApiProblem && error.status === 412) {
        setStale(true);
        refresh();
      }
    },
  });

  if (ticket.isLoading) return <Spin />;
  if (!ticket.data) return <ProblemAlert error={ticket.error} />;
  const data = ticket.data;
  const moves = allowedTargets(workflow.data ?? [], data.status, 'REQUESTER').filter((to) => reopens(data.status, to) || to === 'CLOSED');
  const moveError = move.error instanceof ApiProblem && move.error.status === 412 ? null : move.error;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} data-testid="ticket-title" style={{ margin: 0 }}>
        {`${data.number ?? `#${data.id}`} ${data.subject}`}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'status', label: t('tickets.status'), children: <StatusTag status={data.status} /> },
          { key: 'priority', label: t('tickets.priority'), children: t(`agent.priority.${data.priority}`, data.priority) },
          { key: 'requester', label: t('tickets.requester'), children: data.requester.name },
          { key: 'created', label: t('tickets.created'), children: new Date(data.createdAt).toLocaleString(i18n.language) },
          ...(data.assignee ? [{ key: 'assignee', label: t('requester.handledBy'), children: data.assignee.name }] : []),
        ]}
      />
      <section aria-labelledby="description-title">
        <Typography.Title level={4} id="description-title">
          {t('tickets.description')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{data.description}</Typography.Paragraph>
      </section>
      {data.resolution && (data.status === 'RESOLVED' || data.status === 'CLOSED') && (
        <Alert type="success" showIcon title={t('requester.resolution')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{data.resolution}</span>} />
      )}
      {stale && <Alert type="warning" showIcon title={t('requester.changedMeanwhile')} />}
      {moves.length > 0 && (
        <Space wrap data-testid="requester-moves">
          <Typography.Text>{data.status === 'RESOLVED' ? t('requester.resolvedQuestion') : null}</Typography.Text>
          {moves.map((to) =>
            to === 'CLOSED' ? (
              <Button key={to} type="primary" loading={move.isPending} onClick={() => move.mutate({ data, to })}>
                {t('requester.confirmClose')}
              </Button>
            ) : (
              <Popconfirm key={to} title={t('requester.reopenConfirm')} okText={t('requester.reopen')} cancelText={t('agent.cancel')} onConfirm={() => move.mutate({ data, to })}>
                <Button loading={move.isPending}>{t('requester.reopen')}</Button>
              </Popconfirm>
            ),
          )}
        </Space>
      )}
      <ProblemAlert error={moveError} />
      <Typography.Title level={4} style={{ marginBottom: 0 }}>
        {t('requester.conversation')}
      </Typography.Title>
      {comments.isLoading ? <Spin /> : <ProblemAlert error={comments.error} />}
      {comments.data && <Conversation comments={comments.data} showInternal={false} />}
      {data.status === 'CLOSED' ? (
        <Alert type="info" showIcon title={t('requester.closed')} />
      ) : (
        <Form layout="vertical" onFinish={() => reply.trim() && send.mutate(data)}>
          <Form.Item label={t('requester.reply')} htmlFor="requester-reply" extra={data.status === 'RESOLVED' || data.status === 'PENDING' ? t('requester.replyReopens') : undefined}>
            <Input.TextArea id="requester-reply" rows={4} maxLength={20000} value={reply} onChange={(e) => setReply(e.target.value)} />
          </Form.Item>
          <ProblemAlert error={send.error} />
          <Button type="primary" htmlType="submit" loading={send.isPending} disabled={!reply.trim()} style={{ marginTop: 8 }}>
            {t('requester.send')}
          </Button>
        </Form>
      )}
    </Space>
  );
}
