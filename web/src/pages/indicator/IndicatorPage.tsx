/**
 * One indicator: the judgement and the trend, the path from baseline to target with the annual plan,
 * actual values, projection and required pace in one chart, the annual plan, the ledger (exportable;
 * the plan office enters values directly) and who is responsible — at the evaluation date chosen above.
 */
import { Breadcrumb, Card, Col, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { exportUrls } from '../../api/files';
import { useIndicator } from '../../api/plans';
import { useCan } from '../../app/use-can';
import { IndicatorPathChart } from '../../charts/IndicatorPathChart';
import { AsOfSelect } from '../../components/AsOfSelect';
import { DemoBanner } from '../../components/DemoBanner';
import { ExportMenu } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { useAsOf, usePlan } from '../../state/plan-context';
import { sourceLabel } from '../indicators/indicator-columns';
import { AnnualPlanTable } from './AnnualPlanTable';
import { EvaluationCards } from './EvaluationCards';
import { LedgerTable } from './LedgerTable';
import { ValueEntry } from './ValueEntry';

export default function IndicatorPage() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { code: indicatorCode = '' } = useParams();
  const { code, summary } = usePlan();
  const { asOf } = useAsOf();
  const units = useUnitNames();
  const can = useCan();
  const query = useIndicator(code, indicatorCode, asOf);
  const page = query.data;
  const category = summary.categories.find((c) => c.code === page?.indicator.category);
  return (
    <>
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={`/indicators?asOf=${asOf}`}>{t('nav.indicators')}</Link> },
          { title: indicatorCode },
        ]}
      />
      <PageHeader
        title={page ? name(page.indicator) : indicatorCode}
        sub={
          page && (
            <>
              <Tag>{page.indicator.code}</Tag>
              <Tag color={page.indicator.attribute === 'binding' ? 'purple' : 'default'}>
                {t(`attribute.${page.indicator.attribute}`)}
              </Tag>
              {category && <Tag>{name(category)}</Tag>}
              <Tag>{sourceLabel(t, page.indicator)}</Tag>
              <Tag>{t('indicator.unit', { unit: page.indicator.unit })}</Tag>
            </>
          )
        }
        extra={<AsOfSelect />}
      />
      {query.error && <ErrorAlert error={query.error} />}
      {!page && !query.error && <PageSpin />}
      {page && (
        <div className="stack">
          <DemoBanner demo={page.dataset.demo} />
          <EvaluationCards page={page} />
          <Card title={t('indicator.chartTitle')}>
            <IndicatorPathChart page={page} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card title={t('indicator.annualPlan')}>
                <AnnualPlanTable page={page} />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title={t('indicator.responsible')} className="full-height">
                <p>
                  <strong>{t('indicator.lead')}</strong> {units.byCode(page.lead)}
                </p>
                <p>
                  <strong>{t('indicator.co')}</strong>{' '}
                  {page.co.length > 0 ? page.co.map(units.byCode).join('、') : '—'}
                </p>
                <h3 className="small-heading">{t('indicator.provenance')}</h3>
                <ul className="provenance">
                  {page.indicator.provenance.map((p) => (
                    <li key={`${p.ref}-${p.quote}`}>
                      <Tag>{p.ref}</Tag>“{p.quote}”
                    </li>
                  ))}
                </ul>
              </Card>
            </Col>
          </Row>
          <Card
            title={t('indicator.ledger')}
            extra={
              <ExportMenu
                size="small"
                label={t('files.exportLedger')}
                urlFor={(format) => exportUrls.ledger(code, page.indicator.code, format)}
              />
            }
          >
            <LedgerTable page={page} />
          </Card>
          {can('ledger.write') && (
            <Card title={t('valueEntry.title')}>
              <ValueEntry key={page.indicator.code} page={page} onConflict={() => void query.refetch()} />
            </Card>
          )}
        </div>
      )}
    </>
  );
}
