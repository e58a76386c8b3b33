import { useState } from 'react';
import { App, Button, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ProblemAlert';
import { editorApi, type EditableArticle, type Revision } from './editorApi';
import { DiffView } from './DiffView';
import { EmptyText } from './EmptyText';
import { TAG_COLORS } from './tagColors';

/** The article's revisions, newest first, and a side-by-side diff of any two of them. */
export function RevisionsPanel({ article }: { article: EditableArticle }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const revisions = useQuery({ queryKey: ['editor-revisions', article.id], queryFn: () => editorApi.revisions(article.id) });
  const numbers = (revisions.data ?? []).map((revision) => revision.number);
  const head = article.revision;
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const [granularity, setGranularity] = useState<'word' | 'line'>('word');
  const older = from ?? (article.publishedRevision && article.publishedRevision < head ? article.publishedRevision : Math.max(1, head - 1));
  const newer = to ?? head;
  const diff = useQuery({
    queryKey: ['editor-diff', article.id, older, newer, granularity],
    queryFn: () => editorApi.diff(article.id, older, newer, granularity),
    enabled: numbers.length > 1 && older !== newer,
  });
  const restore = useMutation({
    mutationFn: (number: number) => editorApi.restore(article.id, article.version, number),
    onSuccess: async (saved) => {
      void message.success(t('editor.saved', { number: saved.revision }));
      queryClient.setQueryData(['editor-article', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['editor-revisions', saved.id] });
    },
  });
  const format = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const options = numbers.map((number) => ({ value: number, label: t('editor.revisionNumber', { number }) }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ProblemAlert error={revisions.error ?? restore.error} />
      <Table<Revision>
        rowKey="number"
        size="small"
        loading={revisions.isLoading}
        dataSource={revisions.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('editor.revision'),
            dataIndex: 'number',
            render: (number: number, revision) => (
              <Space>
                {number}
                {revision.published && <Tag color={TAG_COLORS.green}>{t('editor.status.PUBLISHED')}</Tag>}
              </Space>
            ),
          },
          { title: t('editor.author'), dataIndex: 'authorName', responsive: ['sm'] },
          { title: t('editor.revisionMessage'), dataIndex: 'message', render: (text?: string) => text || '—', responsive: ['md'] },
          { title: t('editor.when'), dataIndex: 'createdAt', render: format },
          {
            title: t('editor.actions'),
            key: 'actions',
            render: (_, revision) =>
              revision.number !== head && (article.status === 'DRAFT' || article.status === 'PUBLISHED') ? (
                <Button size="small" onClick={() => restore.mutate(revision.number)} loading={restore.isPending}>
                  {t('editor.restore')}
                </Button>
              ) : null,
          },
        ]}
      />
      {numbers.length > 1 ? (
        <>
          <Typography.Title level={4}>{t('editor.compare')}</Typography.Title>
          <Space wrap>
            <Select aria-label={t('editor.compareFrom')} value={older} options={options} onChange={setFrom} style={{ minWidth: 140 }} />
            <span aria-hidden>→</span>
            <Select aria-label={t('editor.compareTo')} value={newer} options={options} onChange={setTo} style={{ minWidth: 140 }} />
            <Segmented
              aria-label={t('editor.granularity')}
              value={granularity}
              onChange={(value) => setGranularity(value as 'word' | 'line')}
              options={[
                { value: 'word', label: t('editor.byWord') },
                { value: 'line', label: t('editor.byLine') },
              ]}
            />
          </Space>
          <ProblemAlert error={diff.error} />
          {diff.data && <DiffView diff={diff.data} />}
        </>
      ) : (
        <EmptyText>{t('editor.oneRevision')}</EmptyText>
      )}
    </Space>
  );
}
