import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { DislikeOutlined, LikeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ArticleContent } from '../ArticleContent';
import { ProblemAlert } from '../../ProblemAlert';
import { editorApi } from './editorApi';
import { useHasRole } from './me';

/** An article as readers see it, with "was this helpful?"; editors get a link to the editor. */
export default function ArticleRead() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const staff = useHasRole('editor', 'admin');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Link to="/knowledge">← {t('knowledge.title')}</Link>
        {staff && <Link to={`/knowledge/editor/${id}`}>{t('editor.edit')}</Link>}
      </Space>
      <ArticleContent id={id} />
      <Feedback id={id} />
    </Space>
  );
}

function Feedback({ id }: { id: string }) {
  const { t } = useTranslation();
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const give = useMutation({ mutationFn: (value: { helpful: boolean; comment?: string }) => editorApi.feedback(id, value.helpful, value.comment) });
  if (give.isSuccess) return <Alert type="success" showIcon title={t('editor.feedback.thanks')} data-testid="feedback-thanks" />;
  return (
    <Card size="small" title={<span id="feedback-question">{t('editor.feedback.question')}</span>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space role="group" aria-labelledby="feedback-question">
          <Button icon={<LikeOutlined />} type={helpful === true ? 'primary' : 'default'} aria-pressed={helpful === true} onClick={() => setHelpful(true)}>
            {t('editor.feedback.yes')}
          </Button>
          <Button icon={<DislikeOutlined />} type={helpful === false ? 'primary' : 'default'} aria-pressed={helpful === false} onClick={() => setHelpful(false)}>
            {t('editor.feedback.no')}
          </Button>
        </Space>
        {helpful !== null && (
          <>
            <Typography.Text id="feedback-comment-label">{t('editor.feedback.comment')}</Typography.Text>
            <Input.TextArea aria-labelledby="feedback-comment-label" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} autoSize={{ minRows: 2 }} />
            <Button type="primary" onClick={() => give.mutate({ helpful, comment: comment.trim() || undefined })} loading={give.isPending}>
              {t('editor.feedback.send')}
            </Button>
          </>
        )}
        <ProblemAlert error={give.error} />
      </Space>
    </Card>
  );
}
