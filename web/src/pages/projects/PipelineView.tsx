/**
 * 谋划一批、储备一批、建设一批 (第二十三章): counts and investment per batch and stage, the same per
 * 专栏, industry chain and park, and each 专栏's project total against what the plan stated.
 */
import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProjectPipeline, useProjectSummary } from '../../api/projects';
import { PipelineChart } from '../../charts/PipelineChart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { yi } from '../../components/projects/money';
import { StageTag } from '../../components/projects/ProjectTags';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { ColumnTotals } from './ColumnTotals';

export function PipelineView({ asOf }: { asOf: string | null }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { code } = usePlan();
  const pipeline = useProjectPipeline(code, asOf);
  const summary = useProjectSummary(code, asOf);
  const data = pipeline.data;
  if (pipeline.error) return <ErrorAlert error={pipeline.error} />;
  if (!data) return <PageSpin />;
  return (
    <div className="stack">
      <ul className="kpi-grid batch-grid" aria-label={t('projects.batches')}>
        {data.batches.map((b) => (
          <li key={b.batch} className="kpi kpi-info" data-batch={b.batch}>
            <span className="kpi-label">{t(`batch.${b.batch}`)}</span>
            <span className="kpi-value">{t('projects.countOf', { count: b.count })}</span>
            <span className="kpi-note">
              {t('projects.totalOf', { amount: yi(b.investment, locale) })}
              {b.withoutInvestment > 0 &&
                ` · ${t('projects.withoutInvestment', { count: b.withoutInvestment })}`}
            </span>
            <span className="batch-stages">
              {b.stages.map((s) => (
                <StageTag key={s} stage={s} />
              ))}
            </span>
          </li>
        ))}
      </ul>
      <Card title={t('projects.byStage')}>
        <table className="plain-table stage-table">
          <thead>
            <tr>
              <th scope="col">{t('projects.stage')}</th>
              <th scope="col">{t('projects.count')}</th>
              <th scope="col">{t('projects.investment')}</th>
              <th scope="col">{t('projects.withoutInvestmentShort')}</th>
            </tr>
          </thead>
          <tbody>
            {data.byStage.map((s) => (
              <tr key={s.stage}>
                <td>
                  <StageTag stage={s.stage} />
                </td>
                <td>{s.count}</td>
                <td>{yi(s.investment, locale)}</td>
                <td>{s.withoutInvestment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('projects.byColumn')}>
            <PipelineChart
              groups={data.byColumn}
              label={t('projects.byColumnChart')}
              nameOf={(g) => text(g.name)}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('projects.byChain')}>
            <PipelineChart
              groups={data.byChain}
              label={t('projects.byChainChart')}
              nameOf={(g) => text(g.name)}
            />
          </Card>
          <Card title={t('projects.byPark')} className="top-gap">
            <PipelineChart
              groups={data.byPark}
              label={t('projects.byParkChart')}
              nameOf={(g) => text(g.name)}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('projects.columnTotals')}>
        {summary.error && <ErrorAlert error={summary.error} />}
        <ColumnTotals columns={summary.data?.columns ?? []} loading={summary.isPending} />
      </Card>
    </div>
  );
}
