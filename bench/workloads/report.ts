/**
 * `report`: the Hebi mid-term evaluation report (as of 2023, demo data) rendered to Word and PDF —
 * the median of three runs each, after a warm-up that loads the fonts, and the file sizes.
 */
import { buildReportModel, renderReport } from '../../src/services/evaluation-report';
import { reportInputFromPackage } from '../../src/services/evaluation-report/report-input-from-package';
import { openPlan } from '../../src/services/plan-package/plan-catalog';
import { type Figure, medianMs } from '../measure';

export async function reportWorkload(): Promise<Figure[]> {
  const pkg = openPlan('hebi-etdz-14th');
  const figures: Figure[] = [];
  for (const format of ['docx', 'pdf'] as const) {
    let size = 0;
    const ms = await medianMs(3, async () => {
      const input = reportInputFromPackage(
        pkg,
        '2023',
        'midterm',
        'zh',
        { problems: '', nextSteps: '' },
        '2026-11-27T00:00:00Z',
      );
      size = (await renderReport(buildReportModel(input), format)).length;
    });
    figures.push({
      workload: 'report',
      name: `Hebi mid-term ${format} (${(size / 1024).toFixed(0)} KB)`,
      value: ms / 1000,
      unit: 's',
      baseline: null,
      baselineName: null,
      ratio: null,
      aim: '≤ 2 s',
    });
  }
  return figures;
}
