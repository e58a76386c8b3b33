import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ArticleContent } from './ArticleContent';

/** A knowledge article over the page (the new-ticket form keeps what was typed); loaded lazily. */
export default function ArticleDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={t('suggestions.article')}
      extra={<Link to={`/knowledge/articles/${id}`}>{t('suggestions.openInKnowledge')}</Link>}
    >
      <ArticleContent id={String(id)} />
    </Drawer>
  );
}
