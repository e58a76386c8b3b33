import { Grid, Select, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { GroupsAdmin } from './GroupsAdmin';
import { CategoriesAdmin } from './CategoriesAdmin';
import { DeadLettersAdmin } from './DeadLettersAdmin';
import { ReindexAdmin } from './ReindexAdmin';
import { GapsAdmin } from './GapsAdmin';

/** Administration (admins only; the API enforces it, the menu only hides it). */
export default function AdminHome() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'groups';
  // on a phone the five tabs overflow, and Ant Design's overflow button breaks the tab list's ARIA
  // structure (axe: aria-required-children): a select chooses the section there instead
  const wide = Grid.useBreakpoint().md !== false;
  const sections = [
    { key: 'groups', label: t('admin.groups.title'), children: <GroupsAdmin /> },
    { key: 'categories', label: t('admin.categories.title'), children: <CategoriesAdmin /> },
    { key: 'dead-letters', label: t('admin.deadLetters.title'), children: <DeadLettersAdmin /> },
    { key: 'reindex', label: t('admin.reindex.title'), children: <ReindexAdmin /> },
    { key: 'gaps', label: t('admin.gaps.title'), children: <GapsAdmin /> },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        destroyOnHidden
        renderTabBar={(props, DefaultTabBar) =>
          wide ? (
            <DefaultTabBar {...props} />
          ) : (
            <Select
              aria-label={t('admin.title')}
              value={tab}
              onChange={(key) => setParams({ tab: key })}
              options={sections.map((section) => ({ value: section.key, label: section.label }))}
              style={{ width: '100%', marginBottom: 16 }}
            />
          )
        }
        items={sections}
      />
    </Space>
  );
}
