/**
 * `lantu plan show`: the plan as a reader knows it — outline tree, indicator table, columns, units.
 */
import type { PlanPackage } from '../contracts/plan-package';
import { type Lang, t } from '../i18n/translate';
import { listIndicators } from '../services/plans/indicator-list';
import { type Column, formatNumber, renderTable } from './output';

const chineseNumerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 11 → 十一, 24 → 二十四: how 篇 and 章 are numbered in a plan. */
export function chineseNumber(n: number): string {
  if (n <= 10) return chineseNumerals[n] ?? String(n);
  if (n < 20) return `十${chineseNumerals[n - 10]}`;
  if (n < 100)
    return `${chineseNumerals[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : chineseNumerals[n % 10]}`;
  return String(n);
}

function nodeHeading(kind: string, number: number | null, title: string, lang: Lang): string {
  if (number === null) return title;
  if (lang === 'en') return `${kind[0]?.toUpperCase()}${kind.slice(1)} ${number} · ${title}`;
  if (kind === 'part') return `第${chineseNumber(number)}篇 ${title}`;
  if (kind === 'chapter') return `第${chineseNumber(number)}章 ${title}`;
  if (kind === 'column') return `专栏${number} ${title}`;
  return `第${chineseNumber(number)}节 ${title}`;
}

export function renderOutline(plan: PlanPackage, lang: Lang): string {
  const children = new Map<string | null, PlanPackage['outline']>();
  for (const node of plan.outline) {
    const list = children.get(node.parent) ?? [];
    list.push(node);
    children.set(node.parent, list);
  }
  const lines: string[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      lines.push(`${'  '.repeat(depth)}${nodeHeading(node.kind, node.number, node.title, lang)}`);
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  return lines.join('\n');
}

export function targetText(target: { text: string } | null): string {
  return target?.text ?? '—';
}

export function renderIndicatorTable(plan: PlanPackage, lang: Lang): string {
  type Row = ReturnType<typeof listIndicators>[number];
  const columns: Column<Row>[] = [
    {
      header: t(lang, 'col.no'),
      value: (r) => (r.tableNo === null ? (r.source === '正文' ? '' : '—') : String(r.tableNo)),
    },
    { header: t(lang, 'col.code'), value: (r) => r.code },
    { header: t(lang, 'col.category'), value: (r) => r.category, max: 12 },
    { header: t(lang, 'col.name'), value: (r) => r.name, max: 40 },
    { header: t(lang, 'col.unit'), value: (r) => r.unit },
    {
      header: t(lang, 'col.baseline'),
      value: (r) => (r.baseline ? formatNumber(r.baseline.value, 4) : '—'),
      align: 'right',
    },
    { header: t(lang, 'col.target'), value: (r) => targetText(r.target), max: 20 },
    {
      header: t(lang, 'col.growth'),
      value: (r) =>
        r.cumulative !== null ? `[${formatNumber(r.cumulative, 4)}]` : formatNumber(r.annualGrowth),
    },
    { header: t(lang, 'col.attribute'), value: (r) => t(lang, `attribute.${r.attribute}`) },
    { header: t(lang, 'col.source'), value: (r) => t(lang, `source.${r.source}`) },
  ];
  return renderTable(columns, listIndicators(plan));
}

export function renderColumns(plan: PlanPackage, lang: Lang): string {
  type Row = PlanPackage['columns'][number];
  const projectCount = (id: string) => plan.projects.filter((p) => p.column === id).length;
  const columns: Column<Row>[] = [
    { header: t(lang, 'outline.column'), value: (c) => String(c.number), align: 'right' },
    { header: t(lang, 'col.title'), value: (c) => c.title, max: 34 },
    { header: t(lang, 'col.investment'), value: (c) => c.investment?.text ?? '—', max: 20 },
    { header: t(lang, 'col.projects'), value: (c) => String(projectCount(c.id)), align: 'right' },
  ];
  return renderTable(columns, plan.columns);
}

export function renderUnits(plan: PlanPackage, lang: Lang): string {
  type Row = PlanPackage['units'][number];
  const columns: Column<Row>[] = [
    { header: t(lang, 'col.code'), value: (u) => u.code },
    { header: t(lang, 'col.name'), value: (u) => (lang === 'en' ? u.nameEn : u.name), max: 30 },
    { header: t(lang, 'col.kind'), value: (u) => t(lang, `unitKind.${u.kind}`) },
    {
      header: t(lang, 'col.source'),
      value: (u) => (u.namedInPlan ? '《纲要》' : lang === 'en' ? 'default' : '默认'),
    },
  ];
  return renderTable(columns, plan.units);
}

export type ShowSection = 'summary' | 'outline' | 'indicators' | 'columns' | 'units';

export function renderPlan(plan: PlanPackage, lang: Lang, sections: readonly ShowSection[]): string {
  const { meta } = plan;
  const out: string[] = [];
  const heading = (key: Parameters<typeof t>[1]) => `\n■ ${t(lang, key)}\n`;
  if (sections.includes('summary')) {
    out.push(lang === 'en' ? meta.nameEn : meta.name);
    out.push(
      t(lang, 'show.period', {
        start: meta.period.start,
        end: meta.period.end,
        baseYear: meta.baseYear,
        visionYear: meta.visionYear ?? '—',
      }),
    );
    if (meta.developmentSystem) {
      out.push(heading('show.system') + meta.developmentSystem.name);
      for (const part of meta.developmentSystem.parts) out.push(`  ${part.name}:${part.description}`);
    }
    if (meta.vision) out.push(`${heading('show.vision')}${meta.vision.year}:${meta.vision.text}`);
  }
  if (sections.includes('outline')) out.push(heading('show.outline') + renderOutline(plan, lang));
  if (sections.includes('indicators'))
    out.push(heading('show.indicators') + renderIndicatorTable(plan, lang));
  if (sections.includes('columns')) out.push(heading('show.columns') + renderColumns(plan, lang));
  if (sections.includes('units')) out.push(heading('show.units') + renderUnits(plan, lang));
  return out.join('\n');
}
