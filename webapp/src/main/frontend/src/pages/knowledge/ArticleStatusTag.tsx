import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from './editorApi';
import { TAG_COLORS } from './tagColors';

const COLORS: Record<ArticleStatus, string> = { DRAFT: TAG_COLORS.grey, IN_REVIEW: TAG_COLORS.gold, PUBLISHED: TAG_COLORS.green, ARCHIVED: TAG_COLORS.red };

export function ArticleStatusTag({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="article-status">
      {t(`editor.status.${status}`)}
    </Tag>
  );
}
