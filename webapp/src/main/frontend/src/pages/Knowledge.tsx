import { useState } from 'react';
import { Button, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { knowledgeApi } from '../api';
import { Marked } from '../Marked';
import { ProblemAlert } from '../ProblemAlert';

/** Searching the published articles, with highlights; the query is kept in the address. */
export default function Knowledge() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const results = useInfiniteQuery({
    queryKey: ['article-search', q],
    queryFn: ({ pageParam }) => knowledgeApi.search(q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: q.trim().length > 0,
  });
  const hits = results.data?.pages.flatMap((page) => page.hits) ?? [];
  const total = results.data?.pages[0]?.total;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('knowledge.title')}
      </Typography.Title>
      <Input.Search
        aria-label={t('knowledge.search')}
        placeholder={t('knowledge.search')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
        enterButton
        size="large"
      />
      <ProblemAlert error={results.error} />
      {q && total !== undefined && <Typography.Text type="secondary">{t('knowledge.found', { count: total })}</Typography.Text>}
      {q && (
        <List
          loading={results.isLoading}
          dataSource={hits}
          locale={{ emptyText: <Empty description={t('knowledge.none')} /> }}
          renderItem={(hit) => (
            <List.Item data-testid="article-hit" extra={hit.category && <Tag>{hit.category}</Tag>}>
              <List.Item.Meta
                title={
                  <Link to={`/knowledge/articles/${hit.id}`}>
                    <Marked html={hit.highlights.title ?? hit.title} />
                  </Link>
                }
                description={hit.highlights.body ? <Marked html={hit.highlights.body} /> : hit.summary}
              />
            </List.Item>
          )}
        />
      )}
      {results.hasNextPage && (
        <Button onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
          {t('tickets.loadMore')}
        </Button>
      )}
    </Space>
  );
}
