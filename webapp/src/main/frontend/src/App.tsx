import { lazy, Suspense } from 'react';
import { App as AntApp, Button, ConfigProvider, Layout, Menu, Segmented, Space, Spin, Tag, Typography } from 'antd';
import zhTW from 'antd/es/locale/zh_TW';
import enUS from 'antd/es/locale/en_US';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import { changeLanguage, type Language } from './i18n';
import { useSession } from './session';
import { Callback } from './pages/Callback';

// code-split by area: the first load carries only the shell and the page asked for
const Home = lazy(() => import('./pages/Home'));
const NewTicket = lazy(() => import('./pages/NewTicket'));
const RequesterTicket = lazy(() => import('./pages/requester/RequesterTicket'));
const AgentArea = lazy(() => import('./pages/agent/AgentArea'));
// knowledge editing and reading, administration and the dashboard: each its own chunk
const KnowledgeHome = lazy(() => import('./pages/knowledge/KnowledgeHome'));
const ArticleRead = lazy(() => import('./pages/knowledge/ArticleRead'));
const EditorHome = lazy(() => import('./pages/knowledge/EditorHome'));
const ArticleEditor = lazy(() => import('./pages/knowledge/ArticleEditor'));
const AdminHome = lazy(() => import('./pages/admin/AdminHome'));
const Dashboard = lazy(() => import('./pages/dashboard/Dashboard'));

export function App() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const language = (i18n.language === 'en' ? 'en' : 'zh-TW') as Language;
  const area =
    ['knowledge/editor', 'knowledge', 'admin', 'dashboard', 'agent'].find((prefix) => location.pathname.startsWith(`/${prefix}`)) ??
    'tickets';
  const roles = session.identity?.roles ?? [];
  const hasRole = (...wanted: string[]) => roles.some((role) => wanted.includes(role));
  const agent = hasRole('agent', 'admin');

  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : zhTW}
      // WCAG AA contrast (4.5:1, axe in e2e): links, danger buttons and descriptions darker than Ant Design's defaults
      theme={{ token: { colorPrimary: '#1f5fbf', colorLink: '#1f5fbf', colorError: '#cf1322', colorTextDescription: 'rgba(0, 0, 0, 0.6)', colorTextTertiary: 'rgba(0, 0, 0, 0.6)' }, components: { Menu: { itemPaddingInline: 12 }, Layout: { headerPadding: '0 24px' } } }}
      // "登入", not "登 入": the spaced form reads oddly in Taiwan and breaks the button's name
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap', height: 'auto', lineHeight: '64px' }}>
            <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 18 }}>
              {t('app.name')}
            </Link>
            {session.user && (
              <Menu
                theme="dark"
                mode="horizontal"
                selectedKeys={[area]}
                // wrap instead of folding items into "…": the folded ones stay focusable under aria-hidden
                disabledOverflow
                style={{ flex: 1, minWidth: 200, flexWrap: 'wrap' }}
                items={[
                  { key: 'tickets', label: <Link to="/">{t('nav.tickets')}</Link> },
                  { key: 'knowledge', label: <Link to="/knowledge">{t('nav.knowledge')}</Link> },
                  ...(agent ? [{ key: 'agent', label: <Link to="/agent">{t('agent.nav')}</Link> }] : []),
                  ...(hasRole('editor', 'admin') ? [{ key: 'knowledge/editor', label: <Link to="/knowledge/editor">{t('editor.nav')}</Link> }] : []),
                  ...(hasRole('agent', 'admin') ? [{ key: 'dashboard', label: <Link to="/dashboard">{t('dashboard.nav')}</Link> }] : []),
                  ...(hasRole('admin') ? [{ key: 'admin', label: <Link to="/admin">{t('admin.nav')}</Link> }] : []),
                ]}
              />
            )}
            <Space style={{ marginLeft: 'auto' }} wrap>
              <Segmented
                aria-label={t('nav.language')}
                value={language}
                onChange={(value) => changeLanguage(value as Language)}
                options={[
                  { label: '中文', value: 'zh-TW' },
                  { label: 'English', value: 'en' },
                ]}
              />
              {session.identity && (
                <span data-testid="user" style={{ color: '#fff' }}>
                  {session.identity.username}{' '}
                  {session.identity.roles.map((role) => (
                    <Tag key={role} color="blue">
                      {t(`role.${role}`, role)}
                    </Tag>
                  ))}
                </span>
              )}
              {session.user ? (
                <Button onClick={() => void session.signOut()}>{t('nav.signOut')}</Button>
              ) : null}
            </Space>
          </Layout.Header>
          <Layout.Content style={{ padding: '24px 16px', maxWidth: 1100, width: '100%', margin: '0 auto' }}>
            <Routes>
              <Route path="/callback" element={<Callback />} />
              <Route path="*" element={<Protected />} />
            </Routes>
          </Layout.Content>
          <Layout.Footer style={{ textAlign: 'center' }}>{t('app.footer')}</Layout.Footer>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}

function Protected() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.loading) return <Spin />;
  if (!session.user) {
    return (
      <Space orientation="vertical" size="large" style={{ width: '100%', textAlign: 'center', marginTop: 48 }}>
        <Typography.Title level={2}>{t('signIn.title')}</Typography.Title>
        <Typography.Paragraph>{t('signIn.intro')}</Typography.Paragraph>
        <Button type="primary" size="large" onClick={() => void session.signIn()}>
          {t('nav.signIn')}
        </Button>
      </Space>
    );
  }
  return (
    <Suspense fallback={<Spin />}>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/tickets/new" element={<NewTicket />} />
        <Route path="/tickets/:id" element={<RequesterTicket />} />
        <Route path="/agent/*" element={<AgentArea />} />
        <Route path="/knowledge" element={<KnowledgeHome />} />
        <Route path="/knowledge/articles/:id" element={<ArticleRead />} />
        <Route path="/knowledge/editor" element={<EditorHome />} />
        <Route path="/knowledge/editor/:id" element={<ArticleEditor />} />
        <Route path="/admin" element={<AdminHome />} />
        <Route path="/dashboard" element={<Dashboard />} />
        <Route path="*" element={<Typography.Text>{t('error.notFound')}</Typography.Text>} />
      </Routes>
    </Suspense>
  );
}
