/**
 * The portal's indicator table: the judgement of every indicator at the date, with its name, unit,
 * baseline and target where the server serves the indicator list to visitors; choosing a row shows
 * the indicator.
 */
import { Button, Table } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { IndicatorEvaluation, IndicatorRowView } from '../../api/types';
import { StatusTag, TrendTag } from '../../components/StatusTag';
import { formatNumber, formatValue, targetText, useLocalized } from '../../i18n/localized';

export interface PublicRow {
  code: string;
  row: IndicatorRowView | undefined;
  evaluation: IndicatorEvaluation;
}

function columns(
  t: TFunction,
  l: ReturnType<typeof useLocalized>,
  onOpen: (code: string) => void,
  named: boolean,
) {
  const open = (r: PublicRow) => (
    <Button type="link" className="link-button" onClick={() => onOpen(r.code)}>
      {r.code}
    </Button>
  );
  const identity = [
    {
      title: t('indicators.code'),
      key: 'code',
      width: 64,
      render: (_: unknown, r: PublicRow) => (named ? r.code : open(r)),
    },
    {
      title: t('indicators.name'),
      key: 'name',
      width: 220,
      render: (_: unknown, r: PublicRow) => (
        <Button type="link" className="link-button" onClick={() => onOpen(r.code)}>
          {r.row ? l.name(r.row) : r.code}
          {r.row && <span className="muted"> ({l.unit(r.row.unit)})</span>}
        </Button>
      ),
    },
    {
      title: t('indicators.baseline'),
      key: 'baseline',
      width: 90,
      render: (_: unknown, r: PublicRow) =>
        r.row?.baseline ? formatNumber(r.row.baseline.value, l.locale) : '—',
    },
    {
      title: t('indicators.target'),
      key: 'target',
      width: 110,
      render: (_: unknown, r: PublicRow) => (r.row ? targetText(r.row, l.locale) : '—'),
    },
  ];
  // Without the indicator list (names, units, targets) the table shows the judgements by code.
  return [
    ...(named ? identity : identity.slice(0, 1)),
    {
      title: t('indicators.actual'),
      key: 'actual',
      width: 140,
      render: (_: unknown, r: PublicRow) =>
        r.evaluation.actual === null
          ? '—'
          : `${formatValue(r.evaluation.actual, r.row?.unit, l.locale)} (${r.evaluation.actualPeriod})`,
    },
    {
      title: t('indicators.status'),
      key: 'status',
      width: 120,
      render: (_: unknown, r: PublicRow) => <StatusTag status={r.evaluation.status} />,
    },
    {
      title: t('indicators.trend'),
      key: 'trend',
      width: 100,
      render: (_: unknown, r: PublicRow) => <TrendTag verdict={r.evaluation.trend.verdict} />,
    },
  ];
}

export function PublicTable({
  rows,
  loading,
  onOpen,
}: {
  rows: PublicRow[];
  loading: boolean;
  onOpen(code: string): void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const named = rows.some((r) => r.row !== undefined);
  return (
    <Table<PublicRow>
      rowKey="code"
      size="middle"
      loading={loading}
      dataSource={rows}
      columns={columns(t, localized, onOpen, named)}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 860 }}
    />
  );
}
