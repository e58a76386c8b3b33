import { useEffect, useState } from 'react';
import { Button, Card, Drawer, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ArticleContent } from './ArticleContent';
import { knowledgeApi } from '../api';
import { Marked } from '../Marked';
import { ProblemAlert } from '../ProblemAlert';
import { suggestionText } from '../text';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Knowledge articles matching what the requester is typing, asked for after a pause in typing. An
 * article opens in a drawer over the form, so what was typed stays.
 */
export function Suggestions({ subject, description }: { subject: string; description: string }) {
  const { t } = useTranslation();
  const text = useDebounced(suggestionText(subject, description), 400);
  const suggestions = useQuery({
    queryKey: ['suggestions', text],
    queryFn: () => knowledgeApi.suggestions(text),
    enabled: text.length > 0,
    placeholderData: (previous) => previous,
  });
  const hits = text ? suggestions.data ?? [] : [];
  const [opened, setOpened] = useState<number | null>(null);

  return (
    <Card title={t('suggestions.title')} size="small" aria-live="polite" data-testid="suggestions">
      {text && <ProblemAlert error={suggestions.error} />}
      {hits.length === 0 ? (
        <Typography.Text type="secondary">{text ? t('suggestions.none') : t('suggestions.hint')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={hits}
          renderItem={(hit) => (
            <List.Item data-testid="suggestion">
              <List.Item.Meta
                title={
                  <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpened(hit.id)}>
                    {/* one child: the button spaces its children apart */}
                    <span>
                      <Marked html={hit.highlights.title ?? hit.title} />
                    </span>
                  </Button>
                }
                description={hit.highlights.body ? <Marked html={hit.highlights.body} /> : hit.summary}
              />
            </List.Item>
          )}
        />
      )}
      <Drawer
        open={opened !== null}
        onClose={() => setOpened(null)}
        size="large"
        title={t('suggestions.article')}
        extra={opened !== null && <Link to={`/knowledge/articles/${opened}`}>{t('suggestions.openInKnowledge')}</Link>}
      >
        {opened !== null && <ArticleContent id={String(opened)} />}
      </Drawer>
    </Card>
  );
}
