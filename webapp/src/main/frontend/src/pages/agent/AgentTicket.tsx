import { useState } from 'react';
import { Alert, App, Button, Col, Descriptions, Row, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, LockOutlined, UserAddOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiProblem } from '../../problems';
import { ProblemAlert } from '../../ProblemAlert';
import { decodeClaims } from '../../claims';
import { useSession } from '../../session';
import { StatusTag } from '../StatusTag';
import { Conversation } from '../../tickets/Conversation';
import { ticketsApi, type HistoryEntry, type TicketChanges, type TicketStatus, type TicketView } from '../../tickets/ticketsApi';
import { allowedTargets, inputFor } from '../../tickets/workflow';
import { conflictOf, type Conflict } from './conflict';
import { ConflictDialog } from './ConflictDialog';
import { Composer, type ComposerMode } from './Composer';
import { PRIORITY_COLORS, valueLabel } from './labels';
import { Properties } from './Properties';
import { ShortcutHelp } from './ShortcutHelp';
import { StatusDialog } from './StatusDialog';
import { useShortcuts } from './shortcuts';

/** What a save does: a merge patch, or take / release. */
type Action = { kind: 'patch'; changes: TicketChanges } | { kind: 'take' } | { kind: 'release' };

function run(action: Action, ticket: TicketView): Promise<TicketView> {
  if (action.kind === 'take') return ticketsApi.take(ticket.id, ticket.version);
  if (action.kind === 'release') return ticketsApi.release(ticket.id, ticket.version);
  return ticketsApi.change(ticket.id, ticket.version, action.changes);
}

interface PendingConflict {
  action: Action;
  base: TicketView;
  current: TicketView;
  report: Conflict;
}

/** One ticket as an agent works it: conversation and notes, fields, status, assignment, history. */
export default function AgentTicket() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const claims = decodeClaims(session.user?.access_token ?? '') ?? {};
  const me = { id: String(claims.sub ?? claims.upn ?? ''), name: session.identity?.username ?? '' };

  // no background refetch: the form edits this version, and a save names it (If-Match), so a
  // change by someone else surfaces as a 412 and the conflict dialog, never as a silent overwrite
  const ticket = useQuery({ queryKey: ['agent-ticket', id], queryFn: () => ticketsApi.get(id), staleTime: Infinity });
  const comments = useQuery({ queryKey: ['agent-comments', id], queryFn: () => ticketsApi.comments(id) });
  const [tab, setTab] = useState('conversation');
  const history = useQuery({ queryKey: ['agent-history', id], queryFn: () => ticketsApi.history(id), enabled: tab === 'history' });
  const workflow = useQuery({ queryKey: ['workflow'], queryFn: ticketsApi.workflow, staleTime: Infinity });
  const groups = useQuery({ queryKey: ['groups'], queryFn: ticketsApi.groups, staleTime: 300_000 });

  const [mode, setMode] = useState<ComposerMode>('reply');
  const [focus, setFocus] = useState(0);
  const [moving, setMoving] = useState<TicketStatus | null>(null);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [help, setHelp] = useState(false);

  const saved = (updated: TicketView) => {
    queryClient.setQueryData(['agent-ticket', id], updated);
    void queryClient.invalidateQueries({ queryKey: ['agent-history', id] });
    void queryClient.invalidateQueries({ queryKey: ['agent-queue'] });
    setConflict(null);
    setMoving(null);
    void message.success(t('agent.saved'));
  };

  // a 412 fetches the ticket as it is now and shows what changed; the agent decides what happens
  const onConflict = async (action: Action, base: TicketView) => {
    const current = await ticketsApi.get(id);
    const mine: TicketChanges =
      action.kind === 'patch' ? action.changes : { assigneeId: action.kind === 'take' ? me.id : (null as unknown as string) };
    setMoving(null);
    setConflict({ action, base, current, report: conflictOf(base, current, mine, workflow.data ?? []) });
  };

  const save = useMutation({
    mutationFn: ({ action, on }: { action: Action; on: TicketView }) => run(action, on),
    onSuccess: saved,
    onError: (error, { action, on }) => {
      if (error instanceof ApiProblem && error.status === 412) void onConflict(action, conflict?.base ?? on);
    },
  });
  const act = (action: Action) => ticket.data && save.mutate({ action, on: ticket.data });

  const reapply = () => {
    if (!conflict) return;
    const { action, current, report } = conflict;
    const again: Action = action.kind === 'patch' ? { kind: 'patch', changes: report.reapply } : action;
    save.mutate({ action: again, on: current });
  };
  const keepTheirs = () => {
    if (conflict) queryClient.setQueryData(['agent-ticket', id], conflict.current);
    void queryClient.invalidateQueries({ queryKey: ['agent-history', id] });
    setConflict(null);
    save.reset();
  };

  const data = ticket.data;
  const closed = data?.status === 'CLOSED';
  const targets = data ? allowedTargets(workflow.data ?? [], data.status, 'AGENT') : [];
  const mineAssigned = data?.assignee?.id === me.id;
  const move = (to: TicketStatus) => (inputFor(to) ? setMoving(to) : act({ kind: 'patch', changes: { status: to } }));
  const compose = (next: ComposerMode) => {
    setTab('conversation');
    setMode(next);
    setFocus((n) => n + 1);
  };

  useShortcuts('ticket', {
    reply: () => compose('reply'),
    note: () => compose('note'),
    take: () => data && !mineAssigned && !closed && act({ kind: 'take' }),
    status: () => document.querySelector<HTMLButtonElement>('[data-testid=status-actions] button')?.focus(),
    history: () => setTab('history'),
    back: () => navigate('/agent'),
    help: () => setHelp((open) => !open),
  });

  if (ticket.isLoading) return <Spin />;
  if (!data) return <ProblemAlert error={ticket.error} />;

  const names: Record<string, string> = Object.fromEntries([
    ...(groups.data ?? []).flatMap((g) => [[String(g.id), g.name], ...g.members.map((m) => [m.userId, m.name])]),
    ...(data.assignee ? [[data.assignee.id, data.assignee.name]] : []),
  ]);
  const saveError = save.error instanceof ApiProblem && save.error.status === 412 ? null : save.error;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Link to="/agent">
          <ArrowLeftOutlined aria-hidden /> {t('agent.backToQueue')}
        </Link>
        <ShortcutHelp scope="ticket" open={help} onOpen={setHelp} />
      </Space>
      <Typography.Title level={2} style={{ margin: 0 }} data-testid="ticket-title">
        {`${data.number ?? `#${data.id}`} ${data.subject}`}
      </Typography.Title>
      <Space wrap>
        <StatusTag status={data.status} />
        <Tag color={PRIORITY_COLORS[data.priority]}>{t(`agent.priority.${data.priority}`, data.priority)}</Tag>
        {data.pendingReason && data.status === 'PENDING' && <Tag>{t(`agent.pendingReason.${data.pendingReason}`)}</Tag>}
        {(data.tags ?? []).map((tag) => (
          <Tag key={tag}>#{tag}</Tag>
        ))}
      </Space>
      <Space wrap data-testid="status-actions" aria-label={t('agent.statusActions')}>
        {targets.map((to) => (
          <Button key={to} onClick={() => move(to)}>
            {inputFor(to) ? t('agent.moveToEllipsis', { status: t(`status.${to}`) }) : t('agent.moveTo', { status: t(`status.${to}`) })}
          </Button>
        ))}
        {!closed &&
          (mineAssigned ? (
            <Button icon={<UserDeleteOutlined aria-hidden />} onClick={() => act({ kind: 'release' })} disabled={save.isPending}>
              {t('agent.release')}
            </Button>
          ) : (
            <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => act({ kind: 'take' })} disabled={save.isPending} aria-keyshortcuts="t">
              {t('agent.take')}
            </Button>
          ))}
      </Space>
      <ProblemAlert error={saveError} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'conversation',
                label: t('agent.conversation'),
                children: (
                  <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                    <Descriptions
                      size="small"
                      column={{ xs: 1, sm: 2 }}
                      items={[
                        { key: 'requester', label: t('tickets.requester'), children: `${data.requester.name}${data.department ? ` · ${data.department}` : ''}` },
                        { key: 'created', label: t('tickets.created'), children: new Date(data.createdAt).toLocaleString(i18n.language) },
                        { key: 'assignee', label: t('agent.field.assigneeId'), children: data.assignee?.name ?? t('agent.nobody') },
                        { key: 'group', label: t('agent.field.groupId'), children: data.groupId ? names[String(data.groupId)] ?? data.groupId : t('agent.noGroup') },
                      ]}
                    />
                    <section aria-label={t('tickets.description')} style={{ background: '#fafafa', borderRadius: 8, padding: '8px 16px' }}>
                      {/* rendered from Markdown and sanitized by the server (TicketView.descriptionHtml) */}
                      {data.descriptionHtml ? (
                        <div className="comment-body" dangerouslySetInnerHTML={{ __html: data.descriptionHtml }} />
                      ) : (
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{data.description}</Typography.Paragraph>
                      )}
                    </section>
                    {data.resolution && (
                      <Alert type="success" showIcon title={t('agent.resolution')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{data.resolution}</span>} />
                    )}
                    {comments.isLoading ? <Spin /> : <ProblemAlert error={comments.error} />}
                    {comments.data && <Conversation comments={comments.data} showInternal />}
                    <Composer ticketId={data.id} groups={groups.data ?? []} mode={mode} onMode={setMode} focus={focus} closed={closed} />
                  </Space>
                ),
              },
              {
                key: 'history',
                label: t('agent.history'),
                children: <History entries={history.data} loading={history.isLoading} error={history.error} names={names} />,
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('agent.properties')}
          </Typography.Title>
          <Properties ticket={data} groups={groups.data ?? []} me={me} busy={save.isPending} onSave={(changes) => act({ kind: 'patch', changes })} />
        </Col>
      </Row>
      {moving && <StatusDialog to={moving} busy={save.isPending} onMove={(changes) => act({ kind: 'patch', changes })} onCancel={() => setMoving(null)} />}
      {conflict && <ConflictDialog conflict={conflict.report} names={names} busy={save.isPending} onReapply={reapply} onDiscard={keepTheirs} />}
    </Space>
  );
}

function History({ entries, loading, error, names }: { entries?: HistoryEntry[]; loading: boolean; error: unknown; names: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="history">
      <ProblemAlert error={error} />
      <Table<HistoryEntry>
        size="small"
        loading={loading}
        rowKey="id"
        pagination={false}
        dataSource={entries ?? []}
        scroll={{ x: true }}
        columns={[
          { title: t('agent.when'), dataIndex: 'at', render: (at: string) => <time dateTime={at}>{new Date(at).toLocaleString(i18n.language)}</time> },
          { title: t('agent.who'), render: (_, entry) => entry.actor.name },
          {
            title: t('agent.what'),
            render: (_, entry) => (
              <span>
                {t(`agent.field.${entry.change}`, entry.change)}{' '}
                {entry.internal && (
                  <Tag color="gold" icon={<LockOutlined aria-hidden />}>
                    {t('agent.internal')}
                  </Tag>
                )}
              </span>
            ),
          },
          { title: t('agent.before'), render: (_, entry) => valueLabel(t, entry.change, entry.before, names) },
          { title: t('agent.after'), render: (_, entry) => valueLabel(t, entry.change, entry.after, names) },
        ]}
      />
    </div>
  );
}
