import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from './editorApi';

const COLORS: Record<ArticleStatus, string> = { DRAFT: 'default', IN_REVIEW: 'gold', PUBLISHED: 'green', ARCHIVED: 'red' };

export function ArticleStatusTag({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="article-status">
      {t(`editor.status.${status}`)}
    </Tag>
  );
}
