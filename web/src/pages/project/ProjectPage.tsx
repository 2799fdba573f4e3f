/**
 * One project: investment against the annual plan and 序时进度, its attributes (editable by the plan
 * office), the stage history with "move stage", annual plans, the monthly investment ledger,
 * milestones, problems under 督办 and warnings — at the evaluation date chosen above.
 */
import { Breadcrumb, Card, Col, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useProject } from '../../api/projects';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { ProjectAsOf } from '../../components/projects/ProjectAsOf';
import { StageTag } from '../../components/projects/ProjectTags';
import { WarningTag } from '../../components/StatusTag';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { AnnualPlansCard } from './AnnualPlansCard';
import { AttributesCard } from './AttributesCard';
import { InvestmentCard } from './InvestmentCard';
import { InvestmentLedger } from './InvestmentLedger';
import { MilestonesCard } from './MilestonesCard';
import { ProblemsCard } from './ProblemsCard';
import { StageCard } from './StageCard';

export default function ProjectPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { code: projectCode = '' } = useParams();
  const { code } = usePlan();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  const query = useProject(code, projectCode, asOf);
  const project = query.data;
  const setAsOf = (next?: string) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next) p.set('asOf', next);
        else p.delete('asOf');
        return p;
      },
      { replace: true },
    );
  return (
    <>
      <Breadcrumb
        className="block-gap"
        items={[{ title: <Link to="/projects">{t('nav.projects')}</Link> }, { title: projectCode }]}
      />
      <PageHeader
        title={project?.name ?? projectCode}
        sub={
          project && (
            <>
              <Tag>{project.code}</Tag>
              <StageTag stage={project.stage} />
              {project.columnTitle && <Tag>{project.columnTitle}</Tag>}
              <Tag>{t(`projects.origin.${project.origin}`)}</Tag>
            </>
          )
        }
        extra={<ProjectAsOf value={project?.asOf ?? asOf ?? undefined} onChange={setAsOf} />}
      />
      {query.error && <ErrorAlert error={query.error} />}
      {!project && !query.error && <PageSpin />}
      {project && (
        <div className="stack">
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <InvestmentCard project={project} />
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('project.warnings', { count: project.warnings.length })} className="full-height">
                {project.warnings.length === 0 && <p className="muted">{t('project.noWarnings')}</p>}
                <ol className="warning-list">
                  {project.warnings.map((w) => (
                    <li key={`${w.type}-${w.ref ?? ''}`} className={`warning warning-${w.level}`}>
                      <div className="warning-head">
                        <WarningTag level={w.level} />
                        <strong>{t(`projectWarning.${w.type}`)}</strong>
                        <span className="muted">{t('project.since', { date: w.since })}</span>
                      </div>
                      <p className="warning-reason">{text(w.reason)}</p>
                    </li>
                  ))}
                </ol>
              </Card>
            </Col>
          </Row>
          <AttributesCard project={project} onConflict={() => void query.refetch()} />
          <StageCard project={project} onConflict={() => void query.refetch()} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <AnnualPlansCard project={project} />
            </Col>
            <Col xs={24} xl={14}>
              <InvestmentLedger project={project} onConflict={() => void query.refetch()} />
            </Col>
          </Row>
          <MilestonesCard project={project} />
          <ProblemsCard project={project} />
        </div>
      )}
    </>
  );
}
