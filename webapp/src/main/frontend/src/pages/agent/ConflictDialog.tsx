import { Alert, Modal, Table, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Conflict, ConflictRow } from './conflict';
import { valueLabel } from './labels';

/**
 * A save answered 412: someone changed the ticket meanwhile. Shows their changes beside the agent's
 * own, then the agent chooses: re-apply theirs-plus-mine (what would be sent is listed), or keep
 * the ticket as it is now. Nothing is overwritten without this choice.
 */
export function ConflictDialog({ conflict, names, busy, onReapply, onDiscard }: {
  conflict: Conflict;
  names: Record<string, string>;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const nothingToSend = Object.keys(conflict.reapply).length === 0;
  return (
    <Modal
      open
      title={t('agent.conflict.title')}
      width={760}
      onCancel={onDiscard}
      onOk={nothingToSend ? onDiscard : onReapply}
      okText={nothingToSend ? t('agent.conflict.keepTheirs') : t('agent.conflict.reapply')}
      cancelText={t('agent.conflict.keepTheirs')}
      cancelButtonProps={nothingToSend ? { style: { display: 'none' } } : undefined}
      confirmLoading={busy}
      maskClosable={false}
      data-testid="conflict-dialog"
    >
      <Typography.Paragraph>
        {t('agent.conflict.intro', { from: conflict.fromVersion, to: conflict.toVersion })}
      </Typography.Paragraph>
      <Table<ConflictRow>
        size="small"
        pagination={false}
        rowKey="field"
        dataSource={conflict.rows}
        columns={[
          {
            title: t('agent.conflict.field'),
            dataIndex: 'field',
            render: (field: string, row) => (
              <span>
                {t(`agent.field.${field}`, field)}{' '}
                {row.clash && (
                  <Tag color="red" icon={<WarningOutlined aria-hidden />}>
                    {t('agent.conflict.clash')}
                  </Tag>
                )}
              </span>
            ),
          },
          { title: t('agent.conflict.base'), render: (_, row) => valueLabel(t, row.field, row.base, names) },
          {
            title: t('agent.conflict.current'),
            render: (_, row) => (row.changedByOthers ? <strong>{valueLabel(t, row.field, row.current, names)}</strong> : valueLabel(t, row.field, row.current, names)),
          },
          { title: t('agent.conflict.mine'), render: (_, row) => (row.changedByMe ? <strong>{valueLabel(t, row.field, row.mine, names)}</strong> : '—') },
        ]}
      />
      {conflict.dropped.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('agent.conflict.dropped')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {conflict.dropped.map((drop) => (
                <li key={drop.field}>
                  {t(`agent.field.${drop.field}`, drop.field)}: {t(`agent.conflict.reason.${drop.reason}`)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Typography.Paragraph style={{ marginTop: 12 }} type="secondary">
        {nothingToSend ? t('agent.conflict.nothingLeft') : t('agent.conflict.choice')}
      </Typography.Paragraph>
    </Modal>
  );
}
