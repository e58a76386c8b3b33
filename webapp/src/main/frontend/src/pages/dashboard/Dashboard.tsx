import { useMemo } from 'react';
import { Alert, Card, Col, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ProblemAlert';
import { Chart, type Series } from './Chart';
import { dashboardApi, OPEN_STATUSES, PRIORITIES, STATUSES } from './dashboardApi';
import { facetSeries, perDay, SAMPLE_LIMIT, topCategories } from './stats';

const DAYS = 14;
const PALETTE = { created: '#1f5fbf', resolved: '#237804', bar: '#1f5fbf', priority: ['#a8071a', '#d4380d', '#d48806', '#5b8c00'] };

/** Agents' and admins' dashboard: open tickets by status and priority, created vs resolved per day, top categories. */
export default function Dashboard() {
  const { t, i18n } = useTranslation();
  const all = useQuery({ queryKey: ['dashboard-all'], queryFn: dashboardApi.allFacets });
  const open = useQuery({ queryKey: ['dashboard-open'], queryFn: dashboardApi.openFacets });
  const sample = useQuery({ queryKey: ['dashboard-sample'], queryFn: dashboardApi.sample });
  const categories = useQuery({ queryKey: ['dashboard-categories'], queryFn: dashboardApi.categories });

  const byStatus = useMemo<Series[]>(
    () => [{ label: t('dashboard.tickets'), data: facetSeries(all.data?.facets?.status, STATUSES), color: PALETTE.bar }],
    [all.data, t],
  );
  const statusLabels = useMemo(() => STATUSES.map((s) => t(`status.${s}`, s)), [t]);
  const openByPriority = useMemo<Series[]>(
    () => [{ label: t('dashboard.openTickets'), data: facetSeries(open.data?.facets?.priority, PRIORITIES), color: PALETTE.priority[1] }],
    [open.data, t],
  );
  const priorityLabels = useMemo(() => PRIORITIES.map((p) => t(`dashboard.priority.${p}`, p)), [t]);
  const days = useMemo(() => perDay(sample.data?.tickets ?? [], DAYS), [sample.data]);
  const dayLabels = useMemo(() => days.map((d) => new Date(`${d.day}T00:00`).toLocaleDateString(i18n.language, { month: 'numeric', day: 'numeric' })), [days, i18n.language]);
  const daySeries = useMemo<Series[]>(
    () => [
      { label: t('dashboard.created'), data: days.map((d) => d.created), color: PALETTE.created },
      { label: t('dashboard.resolved'), data: days.map((d) => d.resolved), color: PALETTE.resolved },
    ],
    [days, t],
  );
  const top = useMemo(() => topCategories(sample.data?.tickets ?? [], 8), [sample.data]);
  const categoryLabels = useMemo(() => {
    const names = new Map((categories.data ?? []).map((c) => [c.id, i18n.language === 'en' ? c.nameEn : c.nameZhTw]));
    return top.map((entry) => names.get(entry.categoryId) ?? `#${entry.categoryId}`);
  }, [top, categories.data, i18n.language]);
  const topSeries = useMemo<Series[]>(() => [{ label: t('dashboard.tickets'), data: top.map((entry) => entry.count), color: PALETTE.bar }], [top, t]);

  const openTotal = open.data?.total;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      <ProblemAlert error={all.error ?? open.error ?? sample.error} />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.openTickets')} value={openTotal ?? '—'} loading={open.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.allTickets')} value={all.data?.total ?? '—'} loading={all.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.createdInDays', { days: DAYS })} value={days.reduce((sum, d) => sum + d.created, 0)} loading={sample.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.resolvedInDays', { days: DAYS })} value={days.reduce((sum, d) => sum + d.resolved, 0)} loading={sample.isLoading} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.byStatus')}>
            {all.isLoading ? <Spin /> : <Chart type="bar" labels={statusLabels} series={byStatus} label={t('dashboard.byStatus')} tableCaption={t('dashboard.showTable')} testId="chart-status" />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.openByPriority', { statuses: OPEN_STATUSES.map((s) => t(`status.${s}`, s)).join(' / ') })}>
            {open.isLoading ? <Spin /> : <Chart type="bar" labels={priorityLabels} series={openByPriority} label={t('dashboard.openByPriorityShort')} tableCaption={t('dashboard.showTable')} testId="chart-priority" />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.perDay', { days: DAYS })}>
            {sample.isLoading ? <Spin /> : <Chart type="line" labels={dayLabels} series={daySeries} label={t('dashboard.perDay', { days: DAYS })} tableCaption={t('dashboard.showTable')} testId="chart-days" />}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboard.topCategories')}>
            {sample.isLoading ? (
              <Spin />
            ) : top.length ? (
              <Chart type="bar" horizontal labels={categoryLabels} series={topSeries} label={t('dashboard.topCategories')} tableCaption={t('dashboard.showTable')} testId="chart-categories" />
            ) : (
              <Typography.Text type="secondary">{t('dashboard.noCategories')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      {sample.data && !sample.data.complete && <Alert type="info" showIcon title={t('dashboard.sampled', { count: SAMPLE_LIMIT })} />}
    </Space>
  );
}
