import { Alert, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { knowledgeApi } from '../api';
import { ProblemAlert } from '../ProblemAlert';

/** One published article; its HTML was rendered from Markdown and sanitized by the server. */
export function ArticleContent({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-TW';
  const article = useQuery({ queryKey: ['article', id, locale], queryFn: () => knowledgeApi.article(id, locale) });
  if (article.isLoading) return <Spin />;
  if (!article.data) return <ProblemAlert error={article.error} />;
  const data = article.data;
  return (
    <article>
      <Typography.Title level={2} data-testid="article-title">
        {data.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {data.tags.map((tag) => (
          <Tag key={tag}>{tag}</Tag>
        ))}
        <Typography.Text type="secondary">{t('knowledge.solved', { count: data.solvedTickets })}</Typography.Text>
      </Space>
      {data.fallback && <Alert type="info" showIcon title={t('knowledge.fallback')} style={{ marginBottom: 16 }} />}
      {/* the only raw HTML: sanitized on the server with an allow-list (docs/knowledge.md) */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: data.bodyHtml }} />
    </article>
  );
}
