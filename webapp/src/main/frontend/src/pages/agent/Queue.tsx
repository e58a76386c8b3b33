import { useEffect, useRef, useState } from 'react';
import { Button, Input, Select, Space, Table, Tag, Typography, type InputRef } from 'antd';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../ProblemAlert';
import { StatusTag } from '../StatusTag';
import { PRIORITIES, STATUSES, ticketsApi, type Queue as QueueName, type TicketView } from '../../tickets/ticketsApi';
import { applyView, deleteView, saveView, savedViews, SORTS, viewFrom, type QueueSort, type SavedView } from './queueView';
import { PRIORITY_COLORS } from './labels';
import { ShortcutHelp } from './ShortcutHelp';
import { useShortcuts } from './shortcuts';

const QUEUES: QueueName[] = ['mine', 'my-groups', 'unassigned'];

/** The agent's work queues: mine, my groups', unassigned; filters and order kept in the address. */
export default function Queue() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const queue = (QUEUES as string[]).includes(params.get('queue') ?? '') ? (params.get('queue') as QueueName) : 'mine';
  const view = viewFrom(params);
  const search = useRef<InputRef>(null);
  const [selected, setSelected] = useState(0);
  const [help, setHelp] = useState(false);
  const [views, setViews] = useState<SavedView[]>(() => savedViews());
  const [viewName, setViewName] = useState('');

  const pages = useInfiniteQuery({
    queryKey: ['agent-queue', queue],
    queryFn: ({ pageParam }) => ticketsApi.queue(queue, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const groups = useQuery({ queryKey: ['groups'], queryFn: ticketsApi.groups, staleTime: 300_000 });
  const loaded = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const rows = applyView(loaded, view);
  const tagsInUse = [...new Set(loaded.flatMap((ticket) => ticket.tags ?? []))].sort();
  const groupName = new Map((groups.data ?? []).map((g) => [g.id, g.name]));

  const update = (changes: Record<string, string | string[] | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      const text = Array.isArray(value) ? value.join(',') : value;
      if (text) next.set(key, text);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  useEffect(() => setSelected((index) => Math.min(index, Math.max(rows.length - 1, 0))), [rows.length]);
  useEffect(() => {
    document.querySelector(`[data-row-index="${selected}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  useShortcuts('queue', {
    next: () => setSelected((index) => Math.min(index + 1, rows.length - 1)),
    previous: () => setSelected((index) => Math.max(index - 1, 0)),
    open: () => rows[selected] && navigate(`/agent/tickets/${rows[selected].id}`),
    search: () => search.current?.focus(),
    help: () => setHelp((open) => !open),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('agent.queues')}
        </Typography.Title>
        <ShortcutHelp scope="queue" open={help} onOpen={setHelp} />
      </Space>
      <nav aria-label={t('agent.queues')}>
        <Space wrap>
          {QUEUES.map((name) => (
            <Button key={name} type={name === queue ? 'primary' : 'default'} aria-current={name === queue ? 'page' : undefined} onClick={() => update({ queue: name })}>
              {t(`agent.queue.${name}`)}
            </Button>
          ))}
        </Space>
      </nav>
      <Space wrap role="search" aria-label={t('agent.filters')}>
        <Input.Search
          ref={search}
          allowClear
          aria-label={t('agent.filterText')}
          placeholder={t('agent.filterText')}
          value={view.text}
          onSearch={(q) => update({ q })}
          onChange={(e) => update({ q: e.target.value })}
          style={{ width: 240 }}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t('tickets.status')}
          placeholder={t('tickets.status')}
          value={view.statuses}
          onChange={(statuses) => update({ status: statuses })}
          options={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          style={{ minWidth: 160 }}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t('tickets.priority')}
          placeholder={t('tickets.priority')}
          value={view.priorities}
          onChange={(priorities) => update({ priority: priorities })}
          options={PRIORITIES.map((value) => ({ value, label: t(`agent.priority.${value}`) }))}
          style={{ minWidth: 140 }}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t('agent.field.tags')}
          placeholder={t('agent.field.tags')}
          value={view.tags}
          onChange={(tags) => update({ tag: tags })}
          options={tagsInUse.map((value) => ({ value, label: value }))}
          style={{ minWidth: 140 }}
        />
        <Select<QueueSort>
          aria-label={t('agent.sortBy')}
          value={view.sort}
          onChange={(sort) => update({ sort })}
          options={SORTS.map((value) => ({ value, label: t(`agent.sort.${value}`) }))}
          style={{ minWidth: 150 }}
        />
      </Space>
      <Space wrap>
        <Select<string>
          aria-label={t('agent.savedViews')}
          placeholder={t('agent.savedViews')}
          value={null}
          onChange={(query) => setParams(new URLSearchParams(query), { replace: true })}
          options={views.map((v) => ({ value: v.query, label: v.name }))}
          notFoundContent={t('agent.noSavedViews')}
          style={{ minWidth: 200 }}
          data-testid="saved-views"
        />
        <Space.Compact>
          <Input aria-label={t('agent.viewName')} placeholder={t('agent.viewName')} value={viewName} onChange={(e) => setViewName(e.target.value)} maxLength={60} />
          <Button
            disabled={!viewName.trim()}
            onClick={() => {
              const query = new URLSearchParams(params);
              query.set('queue', queue);
              setViews(saveView(viewName, query.toString()));
              setViewName('');
            }}
          >
            {t('agent.saveView')}
          </Button>
        </Space.Compact>
        {views.map((v) => (
          <Tag key={v.name} closable onClose={() => setViews(deleteView(v.name))} closeIcon={<span aria-label={t('agent.deleteView', { name: v.name })}>×</span>}>
            {v.name}
          </Tag>
        ))}
      </Space>
      <ProblemAlert error={pages.error} />
      <Table<TicketView>
        data-testid="queue"
        rowKey="id"
        size="middle"
        loading={pages.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('agent.emptyQueue') }}
        onRow={(ticket, index) => ({
          'data-row-index': index,
          'aria-selected': index === selected,
          onClick: () => setSelected(index ?? 0),
          style: index === selected ? { background: '#e6f0ff', outline: '2px solid #1f5fbf', outlineOffset: -2 } : undefined,
          'data-testid': 'queue-row',
          'data-ticket': ticket.id,
        }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('agent.number'),
            dataIndex: 'number',
            width: 150,
            render: (_, ticket) => <Link to={`/agent/tickets/${ticket.id}`}>{ticket.number ?? `#${ticket.id}`}</Link>,
          },
          {
            title: t('tickets.subject'),
            dataIndex: 'subject',
            render: (subject: string, ticket) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/agent/tickets/${ticket.id}`}>{subject}</Link>
                <Typography.Text type="secondary">{ticket.requester.name}</Typography.Text>
              </Space>
            ),
          },
          { title: t('tickets.status'), dataIndex: 'status', width: 110, render: (status: string) => <StatusTag status={status} /> },
          {
            title: t('tickets.priority'),
            dataIndex: 'priority',
            width: 110,
            render: (priority: string) => <Tag color={PRIORITY_COLORS[priority]}>{t(`agent.priority.${priority}`, priority)}</Tag>,
          },
          { title: t('agent.field.assigneeId'), width: 120, render: (_, ticket) => ticket.assignee?.name ?? <Typography.Text type="secondary">{t('agent.nobody')}</Typography.Text> },
          { title: t('agent.field.groupId'), width: 150, render: (_, ticket) => (ticket.groupId ? groupName.get(ticket.groupId) ?? ticket.groupId : '—') },
          {
            title: t('agent.updated'),
            dataIndex: 'updatedAt',
            width: 170,
            render: (at: string) => <time dateTime={at}>{new Date(at).toLocaleString(i18n.language)}</time>,
          },
        ]}
      />
      <Space>
        <Typography.Text type="secondary">{t('agent.shown', { shown: rows.length, loaded: loaded.length })}</Typography.Text>
        {pages.hasNextPage && (
          <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t('tickets.loadMore')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
