/**
 * Which spans of each document line the draft's candidates quote, so the document pane can mark
 * them; and an indicator candidate made from text the office selected (选中原文 → 添加为指标).
 */
import type { DraftCandidates } from '../../api/plan-drafts';

export interface Span {
  start: number;
  end: number;
  /** The candidate the span belongs to: outline id, indicator code or assignment id. */
  key: string;
  kind: 'outline' | 'indicator' | 'assignment';
  rejected: boolean;
}

export function spansByLine(c: DraftCandidates): Map<number, Span[]> {
  const map = new Map<number, Span[]>();
  const add = (block: number, span: Span) => {
    const list = map.get(block) ?? [];
    list.push(span);
    map.set(block, list);
  };
  for (const n of c.outline)
    add(n.quote.block, {
      start: n.quote.start,
      end: n.quote.end,
      key: n.id,
      kind: 'outline',
      rejected: n.status === 'rejected',
    });
  for (const i of c.indicators) {
    for (const q of i.quotes)
      add(q.block, {
        start: q.start,
        end: q.end,
        key: i.code,
        kind: 'indicator',
        rejected: i.status === 'rejected',
      });
  }
  for (const a of c.assignments)
    add(a.quote.block, {
      start: a.quote.start,
      end: a.quote.end,
      key: a.id,
      kind: 'assignment',
      rejected: a.status === 'rejected',
    });
  for (const list of map.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return map;
}

/** Segments of a line: plain text and marked spans, overlapping spans merged into the first. */
export function segments(line: string, spans: readonly Span[]): { text: string; span: Span | null }[] {
  const out: { text: string; span: Span | null }[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) out.push({ text: line.slice(at, start), span: null });
    out.push({ text: line.slice(start, span.end), span });
    at = span.end;
  }
  if (at < line.length) out.push({ text: line.slice(at), span: null });
  return out;
}

const units = [
  '万元/亩',
  '亿元',
  '万元',
  '万人',
  '公里',
  '%',
  '家',
  '个',
  '项',
  '件',
  '条',
  '所',
  '座',
  '人',
  '吨',
  '亩',
  '天',
  '年',
];

/** A new indicator from selected text: the first number in it with the unit written after it. */
export function indicatorFromSelection(
  c: DraftCandidates,
  selection: { block: number; start: number; end: number; text: string },
): DraftCandidates['indicators'][number] | null {
  const m = /(\d+(?:\.\d+)?)/.exec(
    selection.text.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)),
  );
  if (!m?.[1]) return null;
  const after = selection.text.slice((m.index ?? 0) + m[1].length);
  const unit = units.find((u) => after.startsWith(u)) ?? '';
  const taken = new Set(c.indicators.map((i) => i.code));
  let n = c.indicators.filter((i) => i.origin === 'prose').length + 1;
  while (taken.has(`Z${String(n).padStart(2, '0')}`)) n++;
  const year = c.plan.period?.end ?? new Date().getFullYear();
  const name =
    selection.text
      .slice(0, m.index ?? 0)
      .replace(/^(到\d{4}年[,，]?|力争|确保)/, '')
      .trim() || selection.text.trim();
  return {
    code: `Z${String(n).padStart(2, '0')}`,
    name: name.slice(0, 60),
    unit,
    origin: 'prose',
    tableNo: null,
    category: null,
    chapter: null,
    attribute: 'expected',
    kind: 'threshold',
    direction: 'increase',
    baseline: null,
    target: {
      year,
      value: Number(m[1]),
      comparator: 'ge',
      text: selection.text.slice(m.index ?? 0).slice(0, 40) || m[1],
    },
    annualGrowth: null,
    cumulative: null,
    relatedTo: null,
    cells: { target: 'prose', unit: 'prose' },
    notes: ['由规划办从原文选中添加 / added by the office from selected text'],
    confidence: 1,
    quotes: [selection],
    status: 'accepted',
  };
}
