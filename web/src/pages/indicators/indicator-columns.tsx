/**
 * Columns of the indicator table; sorting is by code (table order), name, status order or ratio.
 */
import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { IndicatorRowView } from '../../api/types';
import { StatusTag, statusOrder, TrendTag, WarningTag } from '../../components/StatusTag';
import { formatNumber, formatValue, targetText, type useLocalized } from '../../i18n/localized';

type Localized = ReturnType<typeof useLocalized>;

/** 表1第3行 / 表1 / 正文. */
export function sourceLabel(t: TFunction, r: Pick<IndicatorRowView, 'source' | 'tableNo'>): string {
  if (r.source !== 'table1') return t('source.prose');
  return r.tableNo === null ? t('source.table1') : t('source.table1Row', { n: r.tableNo });
}

const codeOrder = (code: string) => code.replace(/\d+/g, (d) => d.padStart(4, '0'));

export function indicatorColumns(
  t: TFunction,
  l: Localized,
  categoryName: (code: string) => string,
  unitName: (code: string | null) => string,
): ColumnsType<IndicatorRowView> {
  return [
    {
      title: t('indicators.code'),
      dataIndex: 'code',
      width: 64,
      fixed: 'left',
      sorter: (a, b) => codeOrder(a.code).localeCompare(codeOrder(b.code)),
      defaultSortOrder: 'ascend',
    },
    {
      title: t('indicators.name'),
      key: 'name',
      width: 200,
      fixed: 'left',
      sorter: (a, b) => l.name(a).localeCompare(l.name(b), l.locale),
      render: (_, r) => (
        <Link to={`/indicators/${encodeURIComponent(r.code)}`}>
          {l.name(r)}
          <span className="muted">({l.unit(r.unit)})</span>
        </Link>
      ),
    },
    {
      title: t('indicators.category'),
      key: 'category',
      width: 110,
      render: (_, r) => categoryName(r.category),
    },
    {
      title: t('indicators.attribute'),
      key: 'attribute',
      width: 80,
      render: (_, r) => (
        <Tag color={r.attribute === 'binding' ? 'purple' : 'default'}>{t(`attribute.${r.attribute}`)}</Tag>
      ),
    },
    {
      title: t('indicators.baseline'),
      key: 'baseline',
      width: 90,
      render: (_, r) => (r.baseline ? formatNumber(r.baseline.value, l.locale) : '—'),
    },
    { title: t('indicators.target'), key: 'target', width: 110, render: (_, r) => targetText(r, l.locale) },
    {
      title: t('indicators.actual'),
      key: 'actual',
      width: 130,
      render: (_, r) =>
        r.evaluation.actual === null ? (
          '—'
        ) : (
          <>
            {formatValue(r.evaluation.actual, r.unit, l.locale)}
            <span className="muted"> ({r.evaluation.actualPeriod})</span>
          </>
        ),
    },
    {
      title: t('indicators.status'),
      key: 'status',
      width: 120,
      sorter: (a, b) => statusOrder.indexOf(a.evaluation.status) - statusOrder.indexOf(b.evaluation.status),
      render: (_, r) => (
        <>
          <StatusTag status={r.evaluation.status} />
          {r.warning && <WarningTag level={r.warning} />}
        </>
      ),
    },
    {
      title: t('indicators.ratio'),
      key: 'ratio',
      width: 100,
      sorter: (a, b) => (a.evaluation.ratio ?? -Infinity) - (b.evaluation.ratio ?? -Infinity),
      render: (_, r) => formatNumber(r.evaluation.ratio, l.locale),
    },
    {
      title: t('indicators.trend'),
      key: 'trend',
      width: 100,
      render: (_, r) => <TrendTag verdict={r.evaluation.trend.verdict} />,
    },
    { title: t('indicators.lead'), key: 'lead', width: 130, render: (_, r) => unitName(r.lead) },
    {
      title: t('indicators.source'),
      key: 'source',
      width: 100,
      render: (_, r) => <span className="nowrap">{sourceLabel(t, r)}</span>,
    },
  ];
}
