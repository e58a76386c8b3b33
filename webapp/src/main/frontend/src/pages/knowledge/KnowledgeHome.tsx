import { useState } from 'react';
import { Button, Col, Input, List, Menu, Row, Select, Space, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Marked } from '../../Marked';
import { ProblemAlert } from '../../ProblemAlert';
import { editorApi, type SearchFilters } from './editorApi';
import { useKnowledgeCategories } from './useCategories';
import { useHasRole } from './me';
import { TAG_COLORS } from './tagColors';
import { EmptyText } from './EmptyText';

/**
 * The knowledge base: browse by category, or search with highlights and filters (language,
 * category, tag); the query and filters live in the address, so a result list can be shared.
 */
export default function KnowledgeHome() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const categoryId = params.get('category') ? Number(params.get('category')) : undefined;
  const locale = params.get('locale') ?? undefined;
  const tag = params.get('tag') ?? undefined;
  const [typed, setTyped] = useState(q);
  const categories = useKnowledgeCategories();
  const staff = useHasRole('editor', 'admin');

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const filters: SearchFilters = { q, categoryId, locale, tag };
  const results = useInfiniteQuery({
    queryKey: ['knowledge-search', filters],
    queryFn: ({ pageParam }) => editorApi.search(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: q.trim().length > 0,
  });
  const browse = useQuery({
    queryKey: ['knowledge-browse', categoryId, i18n.language],
    queryFn: () => editorApi.list({ categoryId, locale: i18n.language === 'en' ? 'en' : 'zh-TW', status: staff ? 'PUBLISHED' : undefined }),
    enabled: !q,
  });
  const hits = results.data?.pages.flatMap((page) => page.hits) ?? [];
  const first = results.data?.pages[0];
  const tagFacet = first?.facets?.tags ?? first?.facets?.tag ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('knowledge.title')}
        </Typography.Title>
        {staff && <Link to="/knowledge/editor">{t('editor.title')}</Link>}
      </Space>
      <Input.Search
        aria-label={t('knowledge.search')}
        placeholder={t('knowledge.search')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(value) => update({ q: value.trim() || undefined })}
        enterButton
        size="large"
      />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={7}>
          <nav aria-label={t('editor.browse.categories')}>
            <Typography.Title level={5}>{t('editor.browse.categories')}</Typography.Title>
            <Menu
              mode="inline"
              selectedKeys={[categoryId ? String(categoryId) : 'all']}
              onClick={({ key }) => update({ category: key === 'all' ? undefined : key })}
              items={[
                { key: 'all', label: t('editor.browse.allCategories') },
                ...categories.options.map((option) => ({
                  key: String(option.value),
                  label: <span style={{ paddingLeft: option.depth * 12 }}>{option.label}</span>,
                })),
              ]}
            />
          </nav>
        </Col>
        <Col xs={24} md={17}>
          {q ? (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Space wrap>
                <Select
                  aria-label={t('editor.language')}
                  style={{ minWidth: 140 }}
                  value={locale ?? ''}
                  onChange={(value) => update({ locale: value || undefined })}
                  options={[
                    { value: '', label: t('editor.browse.anyLanguage') },
                    { value: 'zh-TW', label: '繁體中文' },
                    { value: 'en', label: 'English' },
                  ]}
                />
                {tag && (
                  <Tag closable onClose={() => update({ tag: undefined })} color={TAG_COLORS.blue}>
                    #{tag}
                  </Tag>
                )}
                {tagFacet.slice(0, 8).map((facet) => (
                  <Tag.CheckableTag key={facet.value} checked={facet.value === tag} onChange={(on) => update({ tag: on ? facet.value : undefined })}>
                    #{facet.value} ({facet.count})
                  </Tag.CheckableTag>
                ))}
              </Space>
              <ProblemAlert error={results.error} />
              {first && <Typography.Text type="secondary">{t('knowledge.found', { count: first.total })}</Typography.Text>}
              <List
                loading={results.isLoading}
                dataSource={hits}
                locale={{ emptyText: <EmptyText>{t('knowledge.none')}</EmptyText> }}
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
              {results.hasNextPage && (
                <Button onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
                  {t('tickets.loadMore')}
                </Button>
              )}
            </Space>
          ) : (
            <>
              <ProblemAlert error={browse.error} />
              <List
                loading={browse.isLoading}
                dataSource={browse.data?.items ?? []}
                locale={{ emptyText: <EmptyText>{t('knowledge.none')}</EmptyText> }}
                renderItem={(item) => (
                  <List.Item data-testid="article-item" extra={item.fallback ? <Tag>{item.locale}</Tag> : null}>
                    <List.Item.Meta title={<Link to={`/knowledge/articles/${item.id}`}>{item.title}</Link>} description={item.summary} />
                  </List.Item>
                )}
              />
            </>
          )}
        </Col>
      </Row>
    </Space>
  );
}
