/**
 * The drafter: a plan's document in, every candidate out — outline, indicator table rows, quantified
 * prose targets, responsibility phrases — each with its quote and a confidence. Pure: no files, no
 * clock; the readers in io/ turn files into a PlanDocument and services/plan-draft stores the result.
 */
import type {
  DraftCandidates,
  DraftSource,
  IndicatorCandidate,
  OutlineCandidate,
} from '../contracts/plan-draft-api';
import { completeOutline } from './column-items';
import { directionOf, rowToCandidate } from './indicator-row';
import { findIndicatorTable } from './indicator-table';
import { draftOutline } from './outline-draft';
import { matchForm, type PlanDocument } from './plan-document';
import { draftMeta } from './plan-meta-draft';
import { findProseTargets, type ProseTarget } from './prose-targets';
import { findAssignments } from './responsibility';
import { findTasks } from './task-candidates';

export interface DraftOptions {
  code: string;
  source: DraftSource;
}

const planNames = [
  '',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
];

/** Chapters that look back on the previous plan (“十三五”时期…): their figures are results, not targets. */
function reviewChapters(
  doc: PlanDocument,
  nodes: OutlineCandidate[],
  owner: (string | null)[],
  planNo: number | null,
): Set<string> {
  const review = new Set<string>();
  const previous = planNo ? planNames[planNo - 1] : null;
  if (!previous) return review;
  const marker = new RegExp(`^“?(${previous}五”?(时期|期间|以来)|过去五年|五年来)`);
  for (const node of nodes) {
    if (node.kind !== 'chapter' && node.kind !== 'section') continue;
    const first = doc.blocks.findIndex(
      (b, i) => i > node.quote.block && owner[i] === node.id && b.kind === 'paragraph',
    );
    const text = first >= 0 ? matchForm(doc.blocks[first]?.text ?? '') : '';
    if (marker.test(text) || /发展基础|发展环境|主要成就|发展成就|回顾/.test(node.title)) review.add(node.id);
  }
  return review;
}

function chapterOf(id: string | null, byId: Map<string, OutlineCandidate>): string | null {
  let node = id ? byId.get(id) : undefined;
  while (node && node.kind !== 'chapter') node = node.parent ? byId.get(node.parent) : undefined;
  return node?.id ?? null;
}

function inside(id: string | null, ancestors: Set<string>, byId: Map<string, OutlineCandidate>): boolean {
  let node = id ? byId.get(id) : undefined;
  while (node) {
    if (ancestors.has(node.id)) return true;
    node = node.parent ? byId.get(node.parent) : undefined;
  }
  return false;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Names compared without quotes and the 新增 / 数 / 及增速 that table rows add: 高新技术企业数 ~ 高新技术企业. */
function sameThing(name: string): string {
  return name
    .replace(/[“”"]/g, '')
    .replace(/^(新增|累计)/, '')
    .replace(/(数量|数及增速|及增速|数)$/, '');
}

export function draftPlan(doc: PlanDocument, options: DraftOptions): DraftCandidates {
  const meta = draftMeta(doc);
  const period = meta.period;
  const targetYear = period?.end ?? 2025;
  const baseYear = period ? period.start - 1 : targetYear - 5;
  const table = findIndicatorTable(doc);
  const skip = table?.blocks ?? new Set<number>();
  const { nodes, owner } = draftOutline(doc, skip);
  completeOutline(doc, nodes, owner);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const review = reviewChapters(doc, nodes, owner, meta.fiveYearPlanNo);
  const headingBlocks = new Set(nodes.map((n) => n.quote.block));

  const proseBlocks = doc.blocks
    .map((b, block) => ({ block, text: b.text, kind: b.kind }))
    .filter((b) => b.kind === 'paragraph' && !skip.has(b.block) && !headingBlocks.has(b.block))
    .filter((b) => !inside(owner[b.block] ?? null, review, byId));
  const prose = findProseTargets(proseBlocks, { targetYear, visionYear: meta.visionYear });
  const proseFor = (name: string): ProseTarget | undefined => {
    const key = sameThing(name);
    return (
      prose.find((p) => sameThing(p.name) === key && p.value !== null) ??
      prose.find((p) => key.length >= 4 && sameThing(p.name).endsWith(key) && p.value !== null)
    );
  };

  const tableChapter = table ? chapterOf(owner[table.title.block] ?? null, byId) : null;
  const rows: IndicatorCandidate[] = [];
  let lastNo = 0;
  let suffix = 0;
  for (const row of table?.rows ?? []) {
    let code: string;
    if (row.tableNo !== null) {
      lastNo = row.tableNo;
      suffix = 0;
      code = `T${pad(row.tableNo)}`;
    } else code = `T${pad(lastNo)}${String.fromCharCode(97 + suffix++)}`;
    const candidate = rowToCandidate(row, code, { baseYear, targetYear, proseFor });
    candidate.chapter = tableChapter;
    rows.push(candidate);
  }
  const growthRow = rows.find((r) => /生产总值/.test(r.name));
  for (const r of rows)
    if (r.kind === 'relative' && /经济/.test(r.target?.text ?? '')) r.relatedTo = growthRow?.code ?? null;

  const used = new Set(rows.flatMap((r) => r.quotes.map((q) => `${q.block}:${q.start}`)));
  const targets: IndicatorCandidate[] = [];
  for (const p of prose) {
    if (used.has(`${p.quote.block}:${p.quote.start}`) && rows.some((r) => r.name === p.name)) continue;
    const key = sameThing(p.name);
    const restated = rows.find(
      (r) => (sameThing(r.name) === key || key.endsWith(sameThing(r.name))) && r.target?.value === p.value,
    );
    if (restated) {
      restated.quotes.push(p.quote);
      continue;
    }
    if (p.hint === 'rate' && absorbRate(p, rows)) continue;
    const repeated = targets.find(
      (t) => sameThing(t.name) === key && t.target?.value === p.value && t.unit === p.unit,
    );
    if (repeated) {
      repeated.quotes.push(p.quote);
      continue;
    }
    const candidate = proseCandidate(
      p,
      `Z${pad(targets.length + 1)}`,
      chapterOf(owner[p.quote.block] ?? null, byId),
      rows,
      targetYear,
      baseYear,
    );
    if (candidate) targets.push(candidate);
  }

  const vision = doc.blocks.findIndex(
    (b) => b.kind === 'paragraph' && /^展望(20\d\d)年/.test(matchForm(b.text)),
  );
  const visionBlock = doc.blocks[vision];
  const visionYear = visionBlock ? Number(/^展望(20\d\d)/.exec(matchForm(visionBlock.text))?.[1]) : null;
  return {
    formatVersion: 1,
    draft: true,
    source: options.source,
    plan: {
      code: options.code,
      name: meta.name,
      regionName: meta.regionName,
      level: meta.level,
      fiveYearPlanNo: meta.fiveYearPlanNo,
      period,
      visionYear: meta.visionYear ?? visionYear,
      issuedOn: meta.issuedOn,
      vision:
        visionBlock && visionYear
          ? {
              year: visionYear,
              text: visionBlock.text.slice(0, 300),
              quote: { block: vision, start: 0, end: visionBlock.text.length, text: visionBlock.text },
            }
          : null,
      categories: [...new Set(rows.map((r) => r.category).filter((c): c is string => Boolean(c)))],
      goals: goalsOf(doc, nodes, owner),
    },
    outline: nodes,
    indicators: [...rows, ...targets],
    assignments: findAssignments(doc, owner),
    tasks: findTasks(doc, {
      nodes,
      owner,
      skipChapters: new Set([...review, ...(tableChapter ? [tableChapter] : [])]),
      skipBlocks: skip,
      planStart: period?.start ?? targetYear - 4,
      planEnd: targetYear,
    }),
    unplaced: table?.unplaced ?? [],
  };
}

/** 增速 / 年均增速 / 及增速 rows: their growth is what "…年增10%" in the text states. */
function rateKey(name: string): string {
  return sameThing(name).replace(/(年均增速|增加值增速|增速|增长率|年均增长|增长)$/, '');
}

/**
 * A growth rate in the text for a row of the table ("一般公共预算收入年增10%" for 一般公共预算收入(亿元,%)):
 * the row's target when the row is itself a rate, else its annual growth — filled from the text when the
 * table lost the cell (basis `prose`), or a second quote when the table has it. True when absorbed.
 */
function absorbRate(p: ProseTarget, rows: IndicatorCandidate[]): boolean {
  const key = rateKey(p.name);
  if (key.length < 4 || p.value === null) return false;
  const row = rows.find((r) => rateKey(r.name) === key);
  if (!row) return false;
  if (row.unit === '%' && row.baseline === null) {
    if (row.target?.value === p.value) row.quotes.push(p.quote);
    else if (!row.target) {
      row.target = { year: p.year, value: p.value, comparator: p.comparator ?? 'ge', text: p.text };
      row.cells.target = 'prose';
      row.quotes.push(p.quote);
    } else return false;
    return true;
  }
  if (row.annualGrowth === p.value) {
    row.quotes.push(p.quote);
    return true;
  }
  if (row.annualGrowth === null && row.baseline !== null) {
    row.annualGrowth = p.value;
    row.cells.annualGrowth = 'prose';
    if (row.kind === 'level_linear') row.kind = 'level_compound';
    row.quotes.push(p.quote);
    return true;
  }
  return false;
}

/**
 * The goals of the 发展目标 / 主要目标 chapter, as plans write them: a paragraph that opens with a short
 * name sentence ("产业提质新突破。现代产业体系…").
 */
function goalsOf(doc: PlanDocument, nodes: OutlineCandidate[], owner: (string | null)[]) {
  const chapter = nodes.find((n) => n.kind === 'chapter' && /发展目标|主要目标|总体目标/.test(n.title));
  if (!chapter) return [];
  const goals: {
    name: string;
    text: string;
    quote: { block: number; start: number; end: number; text: string };
  }[] = [];
  doc.blocks.forEach((b, block) => {
    if (owner[block] !== chapter.id || b.kind !== 'paragraph') return;
    const m = /^([^,。;:,]{4,12})。(.+)$/.exec(b.text);
    if (!m?.[1] || !m[2]) return;
    goals.push({
      name: m[1],
      text: m[2].slice(0, 2000),
      quote: { block, start: 0, end: Math.min(b.text.length, 24), text: b.text.slice(0, 24) },
    });
  });
  return goals;
}

function proseCandidate(
  p: ProseTarget,
  code: string,
  chapter: string | null,
  rows: IndicatorCandidate[],
  targetYear: number,
  baseYear: number,
): IndicatorCandidate | null {
  let value = p.value;
  let unit = p.unit;
  const cells: IndicatorCandidate['cells'] = { target: 'prose', unit: 'prose' };
  const notes: string[] = [];
  if (p.doubling) {
    const row = rows.find((r) => sameThing(r.name) === sameThing(p.name) || p.name.endsWith(r.name));
    const from = p.doubling.fromYear === targetYear ? row?.target?.value : row?.baseline?.value;
    if (!row || from === null || from === undefined) return null;
    value = Math.round(from * 2 * 100) / 100;
    unit = row.unit;
    cells.target = 'derived';
    notes.push(
      `“翻一番”按 ${row.code} 的${p.doubling.fromYear === targetYear ? `${targetYear}年目标` : `${baseYear}年基数`} ${from}×2 推算 / doubled from ${row.code}`,
    );
  }
  const direction = directionOf(p.name);
  const cumulative = p.hint === 'count' || p.range !== null ? value : null;
  if (cumulative !== null) cells.cumulative = 'prose';
  if (p.range) notes.push(`区间目标 ${p.range[0]}–${p.range[1]},取下限 / a range, read as its lower bound`);
  return {
    code,
    name: p.name,
    unit,
    origin: 'prose',
    tableNo: null,
    category: null,
    chapter,
    attribute: 'expected',
    kind: p.hint === 'rate' ? 'rate' : cumulative !== null ? 'cumulative' : 'threshold',
    direction: p.unit === '位' ? 'decrease' : direction,
    baseline: null,
    target: {
      year: p.year,
      value,
      comparator: p.comparator ?? (direction === 'increase' ? 'ge' : 'le'),
      text: p.text,
    },
    annualGrowth: null,
    cumulative,
    relatedTo: null,
    cells,
    notes,
    // doubling the base year's level is a rough reading of 翻一番: below the package threshold
    confidence: p.doubling && p.doubling.fromYear !== targetYear ? 0.4 : p.confidence,
    quotes: [p.quote],
    status: 'proposed',
  };
}
