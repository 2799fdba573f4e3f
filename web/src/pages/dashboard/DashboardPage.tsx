/**
 * 总览 / 驾驶舱 — 一屏观天下: the leaders' one screen at an evaluation date: the figures, status by
 * category, warnings with reasons, units behind on reporting, the major projects (stages, investment
 * against 序时进度, stuck projects); the big-screen mode one click away.
 */
import { FullscreenOutlined } from '@ant-design/icons';
import { Button, Card, Col, Progress, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDashboard } from '../../api/plans';
import { CategoryStatusChart } from '../../charts/CategoryStatusChart';
import { AsOfSelect } from '../../components/AsOfSelect';
import { DemoBanner } from '../../components/DemoBanner';
import { BindingList } from '../../components/dashboard/BindingList';
import { KpiCards } from '../../components/dashboard/KpiCards';
import { LaggingUnits } from '../../components/dashboard/LaggingUnits';
import { ProjectsCard } from '../../components/dashboard/ProjectsCard';
import { TasksCard } from '../../components/dashboard/TasksCard';
import { WarningList } from '../../components/dashboard/WarningList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { useLocalized } from '../../i18n/localized';
import { useAsOf, usePlan } from '../../state/plan-context';

export default function DashboardPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const navigate = useNavigate();
  const { code } = usePlan();
  const { asOf } = useAsOf();
  const dashboard = useDashboard(code, asOf);
  const data = dashboard.data;
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        sub={data ? text(data.rollup.headline) : undefined}
        extra={
          <>
            <AsOfSelect />
            <Button icon={<FullscreenOutlined />} onClick={() => void navigate(`/screen?asOf=${asOf}`)}>
              {t('dashboard.bigScreen')}
            </Button>
          </>
        }
      />
      {dashboard.error && <ErrorAlert error={dashboard.error} />}
      {!data && !dashboard.error && <PageSpin />}
      {data && (
        <>
          <DemoBanner demo={data.dataset.demo} />
          <div className="elapsed">
            <span>{t('dashboard.timeElapsed', { year: data.asOf })}</span>
            <Progress
              percent={Math.round(data.timeElapsed * 100)}
              size="small"
              aria-label={t('dashboard.timeElapsed', { year: data.asOf })}
            />
          </div>
          <KpiCards data={data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={t('dashboard.byCategory')}>
                <CategoryStatusChart categories={data.byCategory} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('dashboard.warnings', { count: data.warnings.length })} className="scroll-card">
                <WarningList warnings={data.warnings} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('dashboard.bindingBehind')}>
                <BindingList data={data} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('dashboard.laggingUnits')}>
                <LaggingUnits units={data.reports.units} />
              </Card>
            </Col>
          </Row>
          <TasksCard tasks={data.tasks} />
          <ProjectsCard asOf={asOf} />
        </>
      )}
    </>
  );
}
