import { useState } from 'react';
import { Alert, App, Button, Form, Input, List, Modal, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ProblemAlert';
import { editorApi, type EditableArticle } from './editorApi';
import { reviewActions, sendBackComment } from './reviewRules';
import { useMyId } from './me';
import { DiffView } from './DiffView';
import { MarkdownPreview } from './markdown';
import { EmptyText } from './EmptyText';

/**
 * Reviewing a change: what changed since the published revision (or the whole text of a first
 * version), approve or send back with a comment; the authors of the change cannot do either.
 */
export function ReviewPanel({ article }: { article: EditableArticle }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMyId();
  const [sendingBack, setSendingBack] = useState(false);
  const [comment, setComment] = useState('');
  const revisions = useQuery({ queryKey: ['editor-revisions', article.id], queryFn: () => editorApi.revisions(article.id) });
  const reviews = useQuery({ queryKey: ['editor-reviews', article.id], queryFn: () => editorApi.reviews(article.id) });
  const base = article.publishedRevision ?? undefined;
  const diff = useQuery({
    queryKey: ['editor-diff', article.id, base, article.revision, 'word'],
    queryFn: () => editorApi.diff(article.id, base!, article.revision),
    enabled: base !== undefined && base !== article.revision,
  });
  const actions = reviewActions(article, revisions.data ?? [], me);
  const act = useMutation({
    mutationFn: (step: { name: 'approve' | 'send-back'; comment?: string }) =>
      editorApi.step(article.id, article.version, step.name, step.comment),
    onSuccess: async (saved) => {
      setSendingBack(false);
      setComment('');
      void message.success(t('editor.statusNow', { status: t(`editor.status.${saved.status}`) }));
      queryClient.setQueryData(['editor-article', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['editor-reviews', saved.id] });
      await queryClient.invalidateQueries({ queryKey: ['editor-list'] });
    },
  });
  const validComment = sendBackComment(comment);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="review-panel">
      {actions.blockedBecause === 'ownChange' && <Alert type="info" showIcon title={t('editor.fourEyes')} data-testid="four-eyes" />}
      {actions.blockedBecause === 'notInReview' && <Alert type="info" showIcon title={t('editor.notInReview')} />}
      {(actions.canApprove || actions.canSendBack) && (
        <Space wrap>
          <Button type="primary" onClick={() => act.mutate({ name: 'approve' })} loading={act.isPending && !sendingBack}>
            {t('editor.approve')}
          </Button>
          <Button onClick={() => setSendingBack(true)}>{t('editor.sendBack')}</Button>
        </Space>
      )}
      <ProblemAlert error={act.error} />
      {base !== undefined && base !== article.revision ? (
        <>
          <Typography.Title level={4}>{t('editor.changesSincePublished', { number: base })}</Typography.Title>
          <ProblemAlert error={diff.error} />
          {diff.data && <DiffView diff={diff.data} />}
        </>
      ) : (
        <>
          <Typography.Title level={4}>{t('editor.firstVersion')}</Typography.Title>
          <div style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 12 }}>
            <MarkdownPreview markdown={article.body} />
          </div>
        </>
      )}
      <Typography.Title level={4}>{t('editor.reviewHistory')}</Typography.Title>
      <List
        size="small"
        loading={reviews.isLoading}
        dataSource={reviews.data ?? []}
        locale={{ emptyText: <EmptyText>{t('editor.noReviews')}</EmptyText> }}
        renderItem={(review) => (
          <List.Item data-testid="review-entry">
            <List.Item.Meta
              title={`${t(`editor.action.${review.action}`, review.action)} · ${review.actorName} · ${t('editor.revisionNumber', { number: review.revision })}`}
              description={
                <>
                  <Typography.Text type="secondary">{new Date(review.at).toLocaleString(i18n.language)}</Typography.Text>
                  {review.comment && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{review.comment}</Typography.Paragraph>}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={sendingBack}
        title={t('editor.sendBack')}
        okText={t('editor.sendBack')}
        cancelText={t('editor.cancel')}
        okButtonProps={{ disabled: !validComment, loading: act.isPending }}
        onOk={() => validComment && act.mutate({ name: 'send-back', comment: validComment })}
        onCancel={() => setSendingBack(false)}
      >
        <Form layout="vertical" name="send-back">
          <Form.Item label={t('editor.sendBackComment')} htmlFor="send-back-comment" required>
            <Input.TextArea id="send-back-comment" value={comment} onChange={(e) => setComment(e.target.value)} autoSize={{ minRows: 3 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
