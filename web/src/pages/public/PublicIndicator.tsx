/**
 * One indicator on the portal: the judgement and the trend in the server's words, and the path chart
 * where the server serves the indicator page to visitors.
 */
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicIndicator } from '../../api/public';
import { IndicatorPathChart } from '../../charts/IndicatorPathChart';
import { StatusTag, TrendTag } from '../../components/StatusTag';
import { useLocalized } from '../../i18n/localized';
import type { PublicRow } from './PublicTable';

export function PublicIndicator({ plan, row, asOf }: { plan: string; row: PublicRow; asOf: string }) {
  const { t } = useTranslation();
  const { text, name } = useLocalized();
  const page = usePublicIndicator(plan, row.code, asOf).data;
  const evaluation = row.evaluation;
  return (
    <Card
      id="public-indicator"
      title={
        <span className="card-title-wrap">
          {page ? name(page.indicator) : row.row ? name(row.row) : row.code}{' '}
          {(page || row.row) && <Tag>{row.code}</Tag>}
        </span>
      }
    >
      <div className="verdict">
        <StatusTag status={evaluation.status} />
        <TrendTag verdict={evaluation.trend.verdict} />
      </div>
      <p className="explanation">{text(evaluation.explanation)}</p>
      <p className="muted">{text(evaluation.trend.explanation)}</p>
      {page && (
        <>
          <h3 className="small-heading">{t('indicator.chartTitle')}</h3>
          <IndicatorPathChart page={page} />
        </>
      )}
    </Card>
  );
}
