import { Button, Empty, List, Space, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ticketApi } from '../api';
import { ProblemAlert } from '../ProblemAlert';
import { StatusTag } from './StatusTag';

/** The requester's tickets, newest first, a page at a time (cursor). */
export default function Home() {
  const { t, i18n } = useTranslation();
  const tickets = useInfiniteQuery({
    queryKey: ['tickets'],
    queryFn: ({ pageParam }) => ticketApi.page(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = tickets.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('tickets.mine')}
        </Typography.Title>
        <Link to="/tickets/new">
          <Button type="primary">{t('tickets.new')}</Button>
        </Link>
      </Space>
      <ProblemAlert error={tickets.error} />
      <List
        loading={tickets.isLoading}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('tickets.none')} /> }}
        renderItem={(ticket) => (
          <List.Item data-testid="ticket-row" extra={<StatusTag status={ticket.status} />}>
            <List.Item.Meta
              title={<Link to={`/tickets/${ticket.id}`}>{`#${ticket.id} ${ticket.subject}`}</Link>}
              description={new Date(ticket.createdAt).toLocaleString(i18n.language)}
            />
          </List.Item>
        )}
      />
      {tickets.hasNextPage && (
        <Button onClick={() => void tickets.fetchNextPage()} loading={tickets.isFetchingNextPage}>
          {t('tickets.loadMore')}
        </Button>
      )}
    </Space>
  );
}
