/**
 * The dashboard's 重大项目 row: stages and investment against 序时进度 beside the stuck projects.
 */
import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProjectSummary } from '../../api/projects';
import { usePlan } from '../../state/plan-context';
import { ErrorAlert } from '../ErrorAlert';
import { ProjectInvestment, ProjectStages, StuckProjects } from './ProjectsBlock';

export function ProjectsCard({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const { code } = usePlan();
  const summary = useProjectSummary(code, asOf);
  if (summary.error) return <ErrorAlert error={summary.error} />;
  const data = summary.data;
  return (
    <Row gutter={[16, 16]} className="top-gap">
      <Col xs={24} lg={12}>
        <Card
          title={t('projects.dashboard.title', { count: data?.counts.total ?? 0 })}
          extra={<Link to={`/projects?asOf=${asOf}`}>{t('projects.dashboard.open')}</Link>}
          loading={!data}
          className="full-height"
        >
          {data && (
            <>
              <ProjectStages summary={data} />
              <ProjectInvestment summary={data} />
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          title={t('projects.dashboard.stuck', { count: data?.stuck.length ?? 0 })}
          loading={!data}
          className="scroll-card full-height"
        >
          {data && <StuckProjects summary={data} limit={8} />}
        </Card>
      </Col>
    </Row>
  );
}
