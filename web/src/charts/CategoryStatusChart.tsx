/**
 * Status by category (经济发展 / 创新驱动 / 开放合作 / 民生福祉 / 数字转型及绿色生态): one stacked bar
 * per category, one segment per status, counts as labels.
 */
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/types';
import { statusChartColor, statusOrder } from '../components/StatusTag';
import { useLocalized } from '../i18n/localized';
import { Chart, type ChartOption } from './Chart';

interface Props {
  categories: Dashboard['byCategory'];
  height?: number | string;
  dark?: boolean;
  fontSize?: number;
  className?: string;
}

export function CategoryStatusChart({
  categories,
  height = 340,
  dark = false,
  fontSize = 12,
  className,
}: Props) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const text = dark ? '#e6f0ff' : '#262626';
  const names = categories.map((c) => name(c));
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    // On the wide big screen the legend fits one line on top; on a page it may wrap below the bars
    // (English labels are longer), so the grid leaves room for two lines there.
    legend: { ...(dark ? { top: 0 } : { bottom: 0 }), textStyle: { color: text, fontSize }, itemGap: 12 },
    grid: dark
      ? { left: 8, right: 24, top: fontSize * 2.5, bottom: 4, containLabel: true }
      : { left: 8, right: 24, top: 8, bottom: fontSize * 6, containLabel: true },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: text, fontSize },
      splitLine: { lineStyle: { color: dark ? '#22406e' : '#f0f0f0' } },
    },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: { color: text, fontSize, width: fontSize * 11, overflow: 'break' },
    },
    series: statusOrder.map((status) => ({
      type: 'bar',
      stack: 'status',
      name: t(`status.${status}`),
      itemStyle: { color: statusChartColor[status] },
      barMaxWidth: fontSize * 2.6,
      label: {
        show: true,
        color: '#fff',
        fontSize,
        formatter: ({ value }) => (typeof value === 'number' && value > 0 ? String(value) : ''),
      },
      data: categories.map((c) => c.rollup?.byStatus[status] ?? 0),
    })),
  };
  return <Chart option={option} height={height} label={t('dashboard.categoryChart')} className={className} />;
}
