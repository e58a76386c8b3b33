import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { NEW: 'blue', OPEN: 'blue', IN_PROGRESS: 'gold', PENDING: 'orange', RESOLVED: 'green', CLOSED: 'default' };

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`status.${status}`, status)}</Tag>;
}
