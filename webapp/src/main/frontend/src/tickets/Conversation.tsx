import { Empty, Tag, Typography } from 'antd';
import { GlobalOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Comment } from './ticketsApi';

// internal notes differ by colour, label and icon (not by colour alone); both have enough contrast
const NOTE = { background: '#fff8e1', border: '1px solid #f0c36d', borderInlineStart: '4px solid #ad6800' } as const;
const REPLY = { background: '#fff', border: '1px solid #d9d9d9', borderInlineStart: '4px solid #1f5fbf' } as const;

/**
 * A ticket's conversation, oldest first. `showInternal` is false on the requester's page: the API
 * already leaves internal notes out for requesters, and the page filters them out again for an
 * agent who looks at a ticket as its requester.
 */
export function Conversation({ comments, showInternal }: { comments: Comment[]; showInternal: boolean }) {
  const { t, i18n } = useTranslation();
  const shown = showInternal ? comments : comments.filter((comment) => !comment.internal);
  if (shown.length === 0) return <Empty description={t('requester.noReplies')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('requester.conversation')}>
      {shown.map((comment) => (
        <li
          key={comment.id}
          data-testid="comment"
          data-internal={comment.internal}
          style={{ ...(comment.internal ? NOTE : REPLY), borderRadius: 8, padding: '12px 16px', marginBottom: 12 }}
        >
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 4 }}>
            {comment.internal ? (
              <Tag color="gold" icon={<LockOutlined aria-hidden />} style={{ color: '#613400', fontWeight: 600 }}>
                {t('agent.internalNote')}
              </Tag>
            ) : (
              showInternal && (
                <Tag color="blue" icon={<GlobalOutlined aria-hidden />}>
                  {t('agent.publicReply')}
                </Tag>
              )
            )}
            <Typography.Text strong>{comment.author.name}</Typography.Text>
            <Typography.Text type="secondary">
              <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toLocaleString(i18n.language)}</time>
              {comment.editedAt && ` · ${t('requester.edited')}`}
            </Typography.Text>
          </div>
          {/* rendered from Markdown and sanitized by the server (CommentView.bodyHtml) */}
          <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
        </li>
      ))}
    </ol>
  );
}
