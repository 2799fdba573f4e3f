/**
 * The projects summary as the evaluation report's project section takes it: stage names and notes in
 * the report's language, the year's plan and completion only when there is one.
 */

import type { ReportProjectsSummary } from '../../io/report-model/report-input';
import type { ProjectsSummary } from '../projects/project-summary';

export function projectsReportSection(summary: ProjectsSummary, lang: 'zh' | 'en'): ReportProjectsSummary {
  const inv = summary.investment;
  return {
    byStage: summary.counts.byStage.map((s) => ({ stage: s.name[lang], count: s.count })),
    investment: {
      unit: '万元',
      total: inv.total,
      plannedThisYear: inv.plannedThisYear > 0 ? inv.plannedThisYear : null,
      completedThisYear: inv.month === null ? null : inv.completedThisYear,
    },
    highlights: summary.stuck.map((s) => ({
      name: s.name,
      stage: s.stageName[lang],
      note: s.reasons.map((r) => r[lang]).join(lang === 'zh' ? ';' : '; '),
    })),
  };
}
