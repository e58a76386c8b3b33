import { useState } from 'react';
import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { PENDING_REASONS, type PendingReason, type TicketChanges, type TicketStatus } from '../../tickets/ticketsApi';
import { inputFor } from '../../tickets/workflow';

/** A status move that needs more: resolving asks for the resolution note, pending for the reason. */
export function StatusDialog({ to, busy, onMove, onCancel }: {
  to: TicketStatus;
  busy: boolean;
  onMove: (changes: TicketChanges) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const needs = inputFor(to);
  const [resolution, setResolution] = useState('');
  const [reason, setReason] = useState<PendingReason | null>(null);
  const ready = needs === 'resolution' ? resolution.trim().length > 0 : needs === 'pendingReason' ? reason !== null : true;
  const move = () => {
    if (!ready) return;
    if (needs === 'resolution') onMove({ status: to, resolution: resolution.trim() });
    else if (needs === 'pendingReason') onMove({ status: to, pendingReason: reason! });
    else onMove({ status: to });
  };
  return (
    <Modal
      open
      title={t('agent.moveTo', { status: t(`status.${to}`) })}
      onOk={move}
      onCancel={onCancel}
      okText={t('agent.move')}
      cancelText={t('agent.cancel')}
      okButtonProps={{ disabled: !ready }}
      confirmLoading={busy}
      data-testid="status-dialog"
    >
      <Form layout="vertical">
        {needs === 'resolution' && (
          <Form.Item label={t('agent.resolution')} htmlFor="tk-resolution" required extra={t('agent.resolutionHint')}>
            <Input.TextArea id="tk-resolution" autoFocus rows={5} maxLength={20000} value={resolution} onChange={(e) => setResolution(e.target.value)} />
          </Form.Item>
        )}
        {needs === 'pendingReason' && (
          <Form.Item label={<span id="tk-pending-reason">{t('agent.pendingReasonLabel')}</span>} required>
            <Radio.Group
              aria-labelledby="tk-pending-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value as PendingReason)}
              options={PENDING_REASONS.map((value) => ({ value, label: t(`agent.pendingReason.${value}`) }))}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
