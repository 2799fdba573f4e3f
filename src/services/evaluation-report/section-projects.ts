/**
 * 五、重大项目推进情况 — printed only when the caller passes a projects summary (the project library
 * comes later). Investment shares are the only figures computed here, from the summary itself.
 */
import { formatGiven, formatPercent } from '../../core';
import type { ReportProjectsSummary } from '../../io/report-model/report-input';
import type { ReportBlock } from '../../io/report-model/report-model';
import type { ReportContext } from './report-context';
import { rt } from './translate-report';

export function projectBlocks(ctx: ReportContext, projects: ReportProjectsSummary): ReportBlock[] {
  const { lang } = ctx;
  const blocks: ReportBlock[] = [];
  const inv = projects.investment;
  if (inv !== null) {
    let text = rt(lang, 'projects.investment', { total: formatGiven(inv.total), unit: inv.unit });
    if (inv.plannedThisYear !== null && inv.completedThisYear !== null && inv.plannedThisYear > 0) {
      text += rt(lang, 'projects.investmentYear', {
        planned: formatGiven(inv.plannedThisYear),
        completed: formatGiven(inv.completedThisYear),
        unit: inv.unit,
        percent: formatPercent((inv.completedThisYear / inv.plannedThisYear) * 100),
      });
    }
    blocks.push({ type: 'paragraph', style: 'body', text });
  }
  if (projects.byStage.length > 0) {
    blocks.push({
      type: 'table',
      id: 'project-stages',
      caption: rt(lang, 'projects.stagesCaption', { no: ctx.nextTable() }),
      columns: [
        { header: rt(lang, 'col.stage'), width: 10, align: 'left' },
        { header: rt(lang, 'col.count'), width: 6, align: 'right' },
      ],
      rows: projects.byStage.map((s) => ({
        kind: 'body',
        cells: [{ text: s.stage }, { text: String(s.count) }],
      })),
    });
  }
  if (projects.highlights.length > 0) {
    blocks.push({
      type: 'table',
      id: 'project-highlights',
      caption: rt(lang, 'projects.highlightsCaption', { no: ctx.nextTable() }),
      columns: [
        { header: rt(lang, 'col.no'), width: 3, align: 'center' },
        { header: rt(lang, 'col.project'), width: 14, align: 'left' },
        { header: rt(lang, 'col.stage'), width: 5, align: 'center' },
        { header: rt(lang, 'col.situation'), width: 24, align: 'left' },
      ],
      rows: projects.highlights.map((p, i) => ({
        kind: 'body',
        cells: [{ text: String(i + 1) }, { text: p.name }, { text: p.stage }, { text: p.note }],
      })),
    });
  }
  return blocks;
}
