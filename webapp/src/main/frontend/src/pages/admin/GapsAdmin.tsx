import { useState } from 'react';
import { Button, Checkbox, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ProblemAlert } from '../../ProblemAlert';
import { adminApi, type Gap } from './adminApi';
import { TAG_COLORS } from '../knowledge/tagColors';
import { EmptyText } from '../knowledge/EmptyText';

/** What people searched for and did not find, most asked first: the articles to write next. */
export function GapsAdmin() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [all, setAll] = useState(false);
  const gaps = useQuery({ queryKey: ['admin-gaps', all], queryFn: () => adminApi.gaps(all) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
        {t('admin.gaps.includeAnswered')}
      </Checkbox>
      <ProblemAlert error={gaps.error} />
      <Table<Gap>
        rowKey="query"
        size="small"
        data-testid="gaps"
        loading={gaps.isLoading}
        dataSource={gaps.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: <EmptyText>{t('admin.gaps.none')}</EmptyText> }}
        columns={[
          { title: t('admin.gaps.query'), dataIndex: 'example', render: (text: string, gap) => <>{text}{gap.answered && <Tag color={TAG_COLORS.green} style={{ marginLeft: 8 }}>{t('admin.gaps.answered')}</Tag>}</> },
          { title: t('admin.gaps.asked'), dataIndex: 'asked' },
          { title: t('admin.gaps.askedBy'), dataIndex: 'askedBy', responsive: ['md'] },
          { title: t('admin.gaps.ticketsAfter'), dataIndex: 'openedTicketAfter' },
          { title: t('admin.gaps.lastAsked'), dataIndex: 'lastAsked', render: (iso: string) => new Date(iso).toLocaleDateString(i18n.language), responsive: ['md'] },
          {
            title: t('admin.actions'),
            key: 'actions',
            render: () => (
              <Button size="small" onClick={() => navigate('/knowledge/editor/new')}>
                {t('admin.gaps.write')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
