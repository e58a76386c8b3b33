import { Alert, Button, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ProblemAlert';
import { adminApi, type ReindexStatus } from './adminApi';
import { reindexPercent } from './adminRules';
import { TAG_COLORS } from '../knowledge/tagColors';

const COLORS: Record<ReindexStatus['state'], string> = { IDLE: TAG_COLORS.grey, RUNNING: TAG_COLORS.blue, COMPLETED: TAG_COLORS.green, FAILED: TAG_COLORS.red, INTERRUPTED: TAG_COLORS.orange };

/** Rebuilding the tickets search index, with progress polled every second while it runs. */
export function ReindexAdmin() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: ['admin-reindex'],
    queryFn: adminApi.reindexStatus,
    refetchInterval: (query) => (query.state.data?.state === 'RUNNING' ? 1000 : false),
    staleTime: 0,
  });
  const start = useMutation({
    mutationFn: adminApi.startReindex,
    onSuccess: (started) => queryClient.setQueryData(['admin-reindex'], started),
  });
  const data = status.data;
  const running = data?.state === 'RUNNING';
  const percent = data ? reindexPercent(data) : 0;
  const time = (iso?: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '—');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('admin.reindex.intro')}</Typography.Paragraph>
      <Button type="primary" onClick={() => start.mutate()} loading={start.isPending} disabled={running}>
        {data?.state === 'INTERRUPTED' ? t('admin.reindex.resume') : t('admin.reindex.start')}
      </Button>
      <ProblemAlert error={start.error ?? status.error} />
      {data && (
        <>
          <Progress
            percent={percent}
            status={data.state === 'FAILED' ? 'exception' : running ? 'active' : data.state === 'COMPLETED' ? 'success' : 'normal'}
            aria-label={t('admin.reindex.progress')}
            data-testid="reindex-progress"
          />
          <Space wrap>
            <Tag color={COLORS[data.state]} data-testid="reindex-state">
              {t(`admin.reindex.state.${data.state}`)}
            </Tag>
            <Typography.Text data-testid="reindex-count">{t('admin.reindex.count', { done: data.done, total: data.total })}</Typography.Text>
            {running && data.etaSeconds != null && <Typography.Text type="secondary">{t('admin.reindex.eta', { seconds: data.etaSeconds })}</Typography.Text>}
          </Space>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('admin.reindex.rate')}>{data.docsPerSecond.toFixed(1)}</Descriptions.Item>
            <Descriptions.Item label={t('admin.reindex.caughtUp')}>{data.caughtUp}</Descriptions.Item>
            <Descriptions.Item label={t('admin.reindex.started')}>{time(data.startedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('admin.reindex.finished')}>{time(data.finishedAt)}</Descriptions.Item>
          </Descriptions>
          {data.resumed && <Alert type="info" showIcon title={t('admin.reindex.resumed')} />}
          {data.error && <Alert type="error" showIcon title={data.error} />}
        </>
      )}
    </Space>
  );
}
