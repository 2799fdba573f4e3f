/**
 * 谋划一批、储备一批、建设一批 by group (专栏, industry chain or park): one stacked bar per group, a
 * segment per stage (projects counted by the server), and the group's total investment beside its
 * name. Every number is the server's; the chart only places them.
 */
import { useTranslation } from 'react-i18next';
import { projectStages } from '../../../src/contracts/project-stages';
import type { PipelineGroup } from '../api/types';
import { yi } from '../components/projects/money';
import { stageChartColor } from '../components/projects/ProjectTags';
import { useLocalized } from '../i18n/localized';
import { Chart, type ChartOption } from './Chart';

export function PipelineChart({
  groups,
  label,
  nameOf,
}: {
  groups: PipelineGroup[];
  label: string;
  nameOf(group: PipelineGroup): string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const names = groups.map((g) => `${nameOf(g)}  ${yi(g.investment, locale)}`);
  const option: ChartOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 8, bottom: 56, containLabel: true },
    // The bars count projects; the legend names the stages.
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: projectStages.map((stage) => ({
      type: 'bar',
      stack: 'stage',
      name: t(`projectStage.${stage}`),
      itemStyle: { color: stageChartColor[stage] },
      barMaxWidth: 26,
      label: {
        show: true,
        color: '#fff',
        formatter: ({ value }) => (typeof value === 'number' && value > 0 ? String(value) : ''),
      },
      data: groups.map((g) => g.byStage[stage]),
    })),
  };
  return <Chart option={option} height={Math.max(200, groups.length * 34 + 90)} label={label} />;
}
