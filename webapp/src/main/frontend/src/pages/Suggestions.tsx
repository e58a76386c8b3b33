import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { knowledgeApi } from '../api';
import { Marked } from '../Marked';
import { ProblemAlert } from '../ProblemAlert';
import { suggestionText } from '../text';

// the drawer and the article's page load when an article is opened, not with the form (bundle budget)
const ArticleDrawer = lazy(() => import('./ArticleDrawer'));

const PANEL = { border: '1px solid #f0f0f0', borderRadius: 8, padding: 16, background: '#fff' } as const;

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

  // plain markup instead of Card and List: those pull Tabs, Pagination and Select into the form's
  // first load, over the 300 kB budget (scripts/bundle-budget.mjs)
  return (
    <section style={PANEL} aria-live="polite" aria-labelledby="suggestions-title" data-testid="suggestions">
      <Typography.Title level={5} id="suggestions-title" style={{ marginTop: 0 }}>
        {t('suggestions.title')}
      </Typography.Title>
      {text && <ProblemAlert error={suggestions.error} />}
      {hits.length === 0 ? (
        <Typography.Text type="secondary">{text ? t('suggestions.none') : t('suggestions.hint')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {hits.map((hit) => (
            <li key={hit.id} data-testid="suggestion" style={{ padding: '8px 0', borderTop: '1px solid #f0f0f0' }}>
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpened(hit.id)}>
                {/* one child: the button spaces its children apart */}
                <span>
                  <Marked html={hit.highlights.title ?? hit.title} />
                </span>
              </Button>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {hit.highlights.body ? <Marked html={hit.highlights.body} /> : hit.summary}
              </Typography.Paragraph>
            </li>
          ))}
        </ul>
      )}
      {opened !== null && (
        <Suspense fallback={null}>
          <ArticleDrawer id={opened} onClose={() => setOpened(null)} />
        </Suspense>
      )}
    </section>
  );
}
