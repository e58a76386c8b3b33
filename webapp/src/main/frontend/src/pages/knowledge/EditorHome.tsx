import { Button, Space, Table, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../ProblemAlert';
import { editorApi, type ArticleListItem, type ArticleStatus } from './editorApi';
import { ArticleStatusTag } from './ArticleStatusTag';
import { EmptyText } from './EmptyText';

function ArticleTable({ status, mine, testId }: { status?: ArticleStatus; mine?: boolean; testId: string }) {
  const { t, i18n } = useTranslation();
  const list = useQuery({ queryKey: ['editor-list', status, mine], queryFn: () => editorApi.list({ status, mine }) });
  return (
    <>
      <ProblemAlert error={list.error} />
      <Table<ArticleListItem>
        rowKey="id"
        data-testid={testId}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: <EmptyText>{status === 'IN_REVIEW' ? t('editor.queueEmpty') : t('editor.noArticles')}</EmptyText> }}
        onRow={() => ({ 'data-testid': `${testId}-row` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('editor.fieldTitle'),
            dataIndex: 'title',
            render: (title: string, item) => <Link to={`/knowledge/editor/${item.id}${status === 'IN_REVIEW' ? '?tab=review' : ''}`}>{title}</Link>,
          },
          { title: t('editor.language'), dataIndex: 'locale', responsive: ['md'] },
          { title: t('editor.statusLabel'), dataIndex: 'status', render: (value: ArticleStatus) => <ArticleStatusTag status={value} /> },
          { title: t('editor.owner'), dataIndex: 'ownerName', responsive: ['sm'] },
          { title: t('editor.updated'), dataIndex: 'updatedAt', render: (iso: string) => new Date(iso).toLocaleString(i18n.language), responsive: ['md'] },
        ]}
      />
    </>
  );
}

/** The editors' desk: their own articles and the review queue (every article waiting for review). */
export default function EditorHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'mine';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('editor.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/knowledge/editor/new')}>
          {t('editor.newArticle')}
        </Button>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'mine', label: t('editor.mine'), children: <ArticleTable mine testId="my-articles" /> },
          { key: 'queue', label: t('editor.queue'), children: <ArticleTable status="IN_REVIEW" testId="review-queue" /> },
          { key: 'all', label: t('editor.all'), children: <ArticleTable testId="all-articles" /> },
        ]}
      />
    </Space>
  );
}
