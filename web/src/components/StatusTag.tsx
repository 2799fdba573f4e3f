/**
 * The evaluation's verdicts as tags: status (提前实现 … 无法评估), trend (可以完成 … 难以完成) and
 * warning level. The label always carries the meaning; the colour only repeats it.
 */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { indicatorStatuses } from '../../../src/contracts/catalogue';
import type { IndicatorStatus, TrendVerdict, WarningLevel } from '../api/types';

export const statusColor: Record<IndicatorStatus, string> = {
  achieved: 'green',
  ahead: 'cyan',
  on_track: 'blue',
  behind: 'orange',
  regressing: 'red',
  no_data: 'default',
  not_assessable: 'default',
};

/** Chart colours of the statuses, in the order reports list them. */
export const statusOrder: readonly IndicatorStatus[] = indicatorStatuses;

export const statusChartColor: Record<IndicatorStatus, string> = {
  achieved: '#389e0d',
  ahead: '#13a8a8',
  on_track: '#1677ff',
  behind: '#fa8c16',
  regressing: '#cf1322',
  no_data: '#8c8c8c',
  not_assessable: '#bfbfbf',
};

export function StatusTag({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColor[status]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

const trendColor: Record<TrendVerdict, string> = { likely: 'green', at_risk: 'gold', unlikely: 'red' };

export function TrendTag({ verdict }: { verdict: TrendVerdict | null }) {
  const { t } = useTranslation();
  if (verdict === null) return <Tag>{t('trend.none')}</Tag>;
  return <Tag color={trendColor[verdict]}>{t(`trend.${verdict}`)}</Tag>;
}

const warningColor: Record<WarningLevel, string> = { red: 'red', yellow: 'gold', grey: 'default' };

export function WarningTag({ level }: { level: WarningLevel }) {
  const { t } = useTranslation();
  return <Tag color={warningColor[level]}>{t(`warning.${level}`)}</Tag>;
}
