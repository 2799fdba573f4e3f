/**
 * The plan package a draft stands for (docs/plan-package.md), built from its candidates as they are
 * after review: rejected candidates left out, prose targets below the confidence threshold left out
 * until the office accepts them. Nothing is made up: a cell the document does not give stays empty,
 * and the validator lists it (a missing unit, a relative indicator without its partner).
 */
import type { DraftCandidates, DraftQuote, IndicatorCandidate } from '../../contracts/plan-draft-api';
import type { OutlineNode, PackageIndicator, PlanPackage, Provenance } from '../../contracts/plan-package';
import type { PackageTask } from '../../contracts/task-package';
import { unitInfo } from '../../core/units';

/** Prose candidates at or above this confidence are in the package until rejected. */
export const proseThreshold = 0.5;

const kindName: Record<OutlineNode['kind'], string> = {
  part: '篇',
  chapter: '章',
  section: '节',
  column: '专栏',
};
const numerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function chinese(n: number): string {
  if (n <= 10) return numerals[n] ?? String(n);
  if (n < 20) return `十${numerals[n - 10] ?? ''}`;
  if (n < 100) return `${numerals[Math.floor(n / 10)] ?? ''}十${n % 10 ? (numerals[n % 10] ?? '') : ''}`;
  return String(n);
}

/** 第四章, 专栏3, or the heading itself for unnumbered sections. */
function refOf(node: { kind: OutlineNode['kind']; number: number | null; title: string }): string {
  if (node.number === null) return node.title.slice(0, 40);
  return node.kind === 'column' ? `专栏${node.number}` : `第${chinese(node.number)}${kindName[node.kind]}`;
}

const short = (text: string) => (text.length <= 300 ? text : text.slice(0, 300));

function provenance(ref: string, quote: DraftQuote, note?: string): Provenance {
  return note ? { ref, quote: short(quote.text), note } : { ref, quote: short(quote.text) };
}

export function included(
  c: { status: string; confidence: number },
  origin: 'table' | 'prose' | 'outline',
): boolean {
  if (c.status === 'rejected') return false;
  if (c.status === 'accepted' || c.status === 'edited') return true;
  return origin !== 'prose' || c.confidence >= proseThreshold;
}

export function buildDraftPackage(draft: DraftCandidates): PlanPackage {
  const { plan } = draft;
  const outline = draft.outline.filter((n) => included(n, 'outline'));
  const refById = new Map(outline.map((n) => [n.id, refOf(n)]));
  const period = plan.period ?? { start: 0, end: 0 };
  const categories = plan.categories.map((name, i) => ({ code: `cat${i + 1}`, name, nameEn: name }));
  const indicators = draft.indicators.filter((i) => included(i, i.origin));
  if (indicators.some((i) => i.category === null || !plan.categories.includes(i.category))) {
    categories.push({ code: 'other', name: '其他(待归类)', nameEn: 'other (to be classified)' });
  }
  const categoryCode = (name: string | null) => {
    const index = name === null ? -1 : plan.categories.indexOf(name);
    return index >= 0 ? `cat${index + 1}` : 'other';
  };
  const extraUnits = [...new Set(indicators.map((i) => i.unit).filter((u) => u && !unitInfo(u)))].map(
    (symbol) => ({
      symbol,
      en: symbol,
      percent: symbol.endsWith('%'),
    }),
  );
  const name = plan.name ?? draft.source.fileName;
  const units = unitsOf(draft);
  return {
    meta: {
      formatVersion: 1,
      draft: true,
      code: plan.code,
      name,
      shortName: plan.fiveYearPlanNo ? `“${chinese(plan.fiveYearPlanNo)}五”规划纲要` : name,
      nameEn: name,
      region: { name: plan.regionName ?? name, nameEn: plan.regionName ?? name, level: plan.level },
      fiveYearPlanNo: plan.fiveYearPlanNo ?? 0,
      period,
      baseYear: period.start - 1,
      targetYear: period.end,
      visionYear: plan.visionYear,
      ...(plan.issuedOn ? { issuedOn: plan.issuedOn } : {}),
      sourceDocument: draft.source.fileName,
      developmentSystem: null,
      goals: plan.goals.map((g) => ({
        name: g.name,
        text: g.text,
        provenance: provenance(refById.get(chapterOfGoal(draft, g.quote.block)) ?? '发展目标', g.quote),
      })),
      vision: plan.vision
        ? {
            year: plan.vision.year,
            text: plan.vision.text,
            provenance: provenance(`展望${plan.vision.year}年`, plan.vision.quote),
          }
        : null,
      categories,
      extraUnits,
      evaluation: {},
    },
    outline: outline.map((n) => ({
      id: n.id,
      kind: n.kind,
      number: n.number,
      title: n.title,
      parent: n.parent,
      ...(n.summary ? { summary: n.summary } : {}),
      provenance: provenance(refOf(n), n.quote),
    })),
    indicators: indicators.map((i) => toIndicator(i, categoryCode(i.category), refById, period.end)),
    annualTargets: [],
    columns: outline
      .filter((n) => n.kind === 'column' && n.parent !== null && n.number !== null)
      .map((n) => ({
        id: n.id,
        number: n.number ?? 0,
        title: n.title,
        chapter: n.parent ?? '',
        investment: n.investment,
        programmes: n.items.map((item, k) => ({
          id: `${n.id}-${k + 1}`,
          name: item.name,
          investment: null,
          provenance: provenance(refOf(n), item.quote),
        })),
        provenance: provenance(refOf(n), n.quote),
      })),
    projects: [],
    units,
    observationSets: [],
    tasks: tasksOf(draft, units, refById, period),
  };
}

/**
 * The accepted tasks as tasks.json entries (docs/tasks.md §1): units by the codes unitsOf gave their
 * names, the plan's period unless the office set a deadline, the quote as provenance. `section.line`
 * is the paragraph's place in the document (its line in a text file).
 */
function tasksOf(
  draft: DraftCandidates,
  units: PlanPackage['units'],
  refById: Map<string, string>,
  period: { start: number; end: number },
): PackageTask[] {
  const codeOf = (name: string) => units.find((u) => u.name === name)?.code ?? name;
  return publishableTasks(draft).map((t, k) => ({
    code: `RW${String(k + 1).padStart(3, '0')}`,
    text: t.text,
    chapter: t.chapter,
    section: t.section ? { ...t.section, line: t.quote.block + 1 } : null,
    lead: codeOf(t.lead[0] as string),
    co: t.co.map(codeOf),
    // Accepted as drafted: the units are the paragraph's own; edited: the office chose them.
    unitsFrom: {
      lead: t.status === 'accepted' ? 'text' : 'proposed',
      co: t.co.map(() => (t.status === 'accepted' ? 'text' : 'proposed')),
    },
    leader: null,
    start: `${period.start}-01-01`,
    deadline: t.deadline,
    milestones: [],
    output: 'other',
    indicators: [],
    projects: [],
    provenance: provenance(refById.get(t.chapter) ?? '正文', t.quote),
  }));
}

/** The chapter a goal's paragraph is in: the last chapter heading before it. */
function chapterOfGoal(draft: DraftCandidates, block: number): string {
  const before = draft.outline.filter((n) => n.kind === 'chapter' && n.quote.block < block);
  return before.at(-1)?.id ?? '';
}

function toIndicator(
  c: IndicatorCandidate,
  category: string,
  refById: Map<string, string>,
  targetYear: number,
): PackageIndicator {
  const ref = c.origin === 'table' ? '表1' : ((c.chapter && refById.get(c.chapter)) ?? '正文');
  const notes = [...c.notes, '由原文自动起草,待核对 / drafted from the document, to be reviewed'];
  return {
    code: c.code,
    name: c.name,
    nameEn: c.name,
    unit: c.unit,
    category,
    source: c.origin === 'table' ? 'table1' : '正文',
    tableNo: c.origin === 'table' ? c.tableNo : null,
    chapter: c.chapter && refById.has(c.chapter) ? c.chapter : null,
    attribute: c.attribute,
    kind: c.kind,
    direction: c.direction,
    baseline: c.baseline,
    target: c.target ?? {
      year: targetYear,
      value: null,
      comparator: c.direction === 'increase' ? 'ge' : 'le',
      text: '原文未给出目标',
    },
    annualGrowth: c.annualGrowth,
    cumulative: c.cumulative,
    relatedTo: c.relatedTo,
    cells: c.cells,
    provenance: c.quotes.map((q, k) => provenance(k === 0 ? ref : '正文', q)),
    notes: notes.join(';'),
  };
}

function unitKind(name: string): 'office' | 'department' | 'park' | 'subdistrict' | 'enterprise' {
  if (/园区|开发区|产业园/.test(name)) return 'park';
  if (/街道|乡|镇/.test(name)) return 'subdistrict';
  if (/集团|公司/.test(name)) return 'enterprise';
  if (/办公室/.test(name)) return 'office';
  return 'department';
}

/** The tasks the office accepted (or edited) and gave a lead unit: only such a task can be published. */
function publishableTasks(draft: DraftCandidates) {
  return draft.tasks.filter((t) => (t.status === 'accepted' || t.status === 'edited') && t.lead.length > 0);
}

function unitsOf(draft: DraftCandidates): PlanPackage['units'] {
  const seen = new Map<string, DraftQuote>();
  for (const a of draft.assignments) {
    if (!included(a, 'outline')) continue;
    for (const u of [...a.lead, ...a.support]) if (!seen.has(u)) seen.set(u, a.quote);
  }
  for (const t of publishableTasks(draft))
    for (const u of [...t.lead, ...t.co]) if (!seen.has(u)) seen.set(u, t.quote);
  return [...seen].map(([name, quote], k) => ({
    code: `U${String(k + 1).padStart(2, '0')}`,
    name,
    nameEn: name,
    kind: unitKind(name),
    namedInPlan: true,
    editableDefault: false,
    provenance: provenance('责任单位', quote),
  }));
}
