import { useState } from 'react';
import { Alert, App, Button, Checkbox, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ProblemAlert';
import { adminApi, type DeadLetter, type Module, type ReplayReport } from './adminApi';
import { TAG_COLORS } from '../knowledge/tagColors';
import { EmptyText } from '../knowledge/EmptyText';

/** Events a consumer gave up on, per module, replayed one by one or all at once. */
export function DeadLettersAdmin() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [module, setModule] = useState<Module>('ticket');
  const [includeReplayed, setIncludeReplayed] = useState(false);
  const [report, setReport] = useState<ReplayReport | null>(null);
  const letters = useQuery({ queryKey: ['admin-dead-letters', module, includeReplayed], queryFn: () => adminApi.deadLetters(module, includeReplayed) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin-dead-letters', module] });
  const replay = useMutation({
    mutationFn: (id: number) => adminApi.replay(module, id),
    onSuccess: async () => {
      void message.success(t('admin.deadLetters.replayed'));
      await refresh();
    },
  });
  const replayAll = useMutation({
    mutationFn: () => adminApi.replayAll(module),
    onSuccess: async (result) => {
      setReport(result);
      await refresh();
    },
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented
          aria-label={t('admin.deadLetters.module')}
          value={module}
          onChange={(value) => {
            setModule(value as Module);
            setReport(null);
          }}
          options={[
            { value: 'ticket', label: t('admin.deadLetters.ticket') },
            { value: 'knowledge', label: t('admin.deadLetters.knowledge') },
          ]}
        />
        <Checkbox checked={includeReplayed} onChange={(e) => setIncludeReplayed(e.target.checked)}>
          {t('admin.deadLetters.includeReplayed')}
        </Checkbox>
        <Popconfirm title={t('admin.deadLetters.confirmAll')} okText={t('admin.deadLetters.replayAll')} cancelText={t('admin.cancel')} onConfirm={() => replayAll.mutate()}>
          <Button loading={replayAll.isPending} disabled={!letters.data?.some((letter) => !letter.replayedAt)}>
            {t('admin.deadLetters.replayAll')}
          </Button>
        </Popconfirm>
      </Space>
      {report && (
        <Alert
          type={report.failed.length ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => setReport(null) }}
          title={t('admin.deadLetters.report', { matched: report.matched, replayed: report.replayed, failed: report.failed.length })}
        />
      )}
      <ProblemAlert error={letters.error ?? replay.error ?? replayAll.error} />
      <Table<DeadLetter>
        rowKey="id"
        size="small"
        data-testid="dead-letters"
        loading={letters.isLoading}
        dataSource={letters.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyText>{t('admin.deadLetters.none')}</EmptyText> }}
        expandable={{ expandedRowRender: (letter) => <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap' }}>{letter.error}</Typography.Paragraph> }}
        columns={[
          { title: 'ID', dataIndex: 'id' },
          { title: t('admin.deadLetters.consumer'), dataIndex: 'consumer', responsive: ['lg'] },
          { title: t('admin.deadLetters.type'), dataIndex: 'eventType' },
          { title: t('admin.deadLetters.attempts'), dataIndex: 'attempts', responsive: ['md'] },
          { title: t('admin.deadLetters.failedAt'), dataIndex: 'failedAt', render: (iso: string) => new Date(iso).toLocaleString(i18n.language) },
          {
            title: t('admin.actions'),
            key: 'actions',
            render: (_, letter) =>
              letter.replayedAt ? (
                <Tag color={TAG_COLORS.green}>{t('admin.deadLetters.replayed')}</Tag>
              ) : (
                <Button size="small" onClick={() => replay.mutate(letter.id)} loading={replay.isPending && replay.variables === letter.id}>
                  {t('admin.deadLetters.replay')}
                </Button>
              ),
          },
        ]}
      />
    </Space>
  );
}
