/**
 * One indicator in one chart: the plan path from the baseline to the target (annual plan 年度目标),
 * the actual values of the ledger, the projection to the target year and the pace still required.
 * Every number is the server's; the chart only places them.
 */
import { useTranslation } from 'react-i18next';
import type { IndicatorPage } from '../api/types';
import { formatNumber, useLocalized } from '../i18n/localized';
import { Chart, type ChartOption } from './Chart';
import { paceText } from './pace-text';

type Point = number | null;

function yearOf(period: string | null): number | null {
  return period && /^\d{4}/.test(period) ? Number(period.slice(0, 4)) : null;
}

export function IndicatorPathChart({ page }: { page: IndicatorPage }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const { indicator, evaluation, annualPlan, ledger } = page;
  const cumulative = indicator.kind === 'cumulative';
  const first = indicator.baseline?.year ?? annualPlan[0]?.year ?? 0;
  const last = indicator.target?.year ?? annualPlan.at(-1)?.year ?? first;
  const years: number[] = [];
  for (let y = first; y <= last; y += 1) years.push(y);
  const at = (pairs: [number, number | null][]): Point[] =>
    years.map((y) => pairs.find(([year]) => year === y)?.[1] ?? null);

  const planPoints = at([
    ...(indicator.baseline && !cumulative
      ? [[indicator.baseline.year, indicator.baseline.value] as [number, number]]
      : []),
    ...annualPlan.map((a): [number, number | null] => [a.year, cumulative ? a.runningTotal : a.value]),
  ]);
  // The ledger may already hold later years; the chart shows what was known at the evaluation date.
  const asOfYear = yearOf(page.asOf) ?? last;
  const actuals = ledger
    .filter(
      (e) => e.current && e.measure === 'level' && /^\d{4}$/.test(e.period) && Number(e.period) <= asOfYear,
    )
    .map((e): [number, number] => [Number(e.period), e.value]);
  const actualYear = yearOf(evaluation.actualPeriod);
  const target = indicator.target?.value ?? null;
  const pace = evaluation.trend.requiredPace;
  const paceLabel = paceText(t, pace, indicator.unit, locale);
  const segment = (to: number | null): Point[] =>
    actualYear !== null && evaluation.actual !== null && to !== null && actualYear < last
      ? at([
          [actualYear, evaluation.actual],
          [last, to],
        ])
      : [];

  const option: ChartOption = {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? `${formatNumber(v, locale)} ${indicator.unit}` : '—'),
    },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 24, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: cumulative },
    yAxis: { type: 'value', name: indicator.unit, scale: !cumulative },
    series: [
      {
        type: 'line',
        name: t(cumulative ? 'indicator.planRunning' : 'indicator.planPath'),
        data: planPoints,
        connectNulls: true,
        lineStyle: { color: '#8c8c8c', type: 'dashed' },
        itemStyle: { color: '#8c8c8c' },
      },
      {
        type: cumulative ? 'bar' : 'line',
        name: t(cumulative ? 'indicator.actualAnnual' : 'indicator.actual'),
        data: at(actuals),
        connectNulls: true,
        itemStyle: { color: '#1d4ed8' },
        barMaxWidth: 28,
        symbolSize: 8,
      },
      ...(cumulative && actualYear !== null
        ? [
            {
              type: 'line' as const,
              name: t('indicator.actualToDate'),
              data: at([[actualYear, evaluation.actual]]),
              symbol: 'circle',
              symbolSize: 10,
              itemStyle: { color: '#0b2a6b' },
            },
          ]
        : []),
      {
        type: 'line',
        name: t('indicator.projection'),
        data: segment(evaluation.trend.projection),
        connectNulls: true,
        lineStyle: { type: 'dotted', width: 2, color: '#fa8c16' },
        itemStyle: { color: '#fa8c16' },
      },
      {
        type: 'line',
        name: paceLabel ?? t('indicator.requiredPath'),
        data: segment(target),
        connectNulls: true,
        lineStyle: { type: 'dashed', width: 1, color: '#cf1322' },
        itemStyle: { color: '#cf1322' },
      },
      {
        type: 'line',
        name: t('indicator.target'),
        data: at(target === null ? [] : [[last, target]]),
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { color: '#389e0d' },
      },
    ],
  };
  return <Chart option={option} height={360} label={t('indicator.chartLabel')} />;
}
