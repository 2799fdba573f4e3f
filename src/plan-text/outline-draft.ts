/**
 * The outline of a plan from its headings: 篇 → part, 章 → chapter, 节 → section, 专栏 → column, and
 * for documents numbered 一、/(一)/1. the highest of those levels as chapters (when there are no 章)
 * or sections. A table of contents (the same headings listed before the text) is dropped: a heading
 * counts where its text begins.
 */
import type { OutlineCandidate } from '../contracts/plan-draft-api';
import { type Heading, type HeadingStyle, readHeading } from './headings';
import type { PlanDocument } from './plan-document';

export interface OutlineDraft {
  nodes: OutlineCandidate[];
  /** For every block: the innermost outline node it belongs to (null before the first heading). */
  owner: (string | null)[];
}

interface Found {
  block: number;
  heading: Heading;
  title: string;
  titleBlock: number;
}

const depthOf: Record<HeadingStyle, number> = {
  part: 0,
  chapter: 1,
  section: 2,
  numbered1: 3,
  numbered2: 4,
  numbered3: 5,
  column: 9,
};

function findHeadings(doc: PlanDocument, skip: ReadonlySet<number>): Found[] {
  const found: Found[] = [];
  const { blocks } = doc;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind !== 'paragraph' || skip.has(i)) continue;
    const heading = readHeading(block.text);
    if (!heading) continue;
    let title = heading.title;
    let titleBlock = i;
    const next = blocks[i + 1];
    if (!title && next?.kind === 'paragraph' && next.text.length <= 40 && !readHeading(next.text)) {
      // 第一篇 / 专栏3 on a line of its own, the title below it
      title = next.text;
      titleBlock = i + 1;
    }
    if (!title) continue;
    found.push({ block: i, heading, title, titleBlock });
  }
  return dropTableOfContents(found);
}

/** A heading listed again later with the same number and title was an entry of the contents. */
function dropTableOfContents(found: Found[]): Found[] {
  const key = (f: Found) => `${f.heading.style}|${f.heading.number}|${f.title}`;
  const last = new Map<string, number>();
  for (const [index, f] of found.entries()) last.set(key(f), index);
  return found.filter((f, index) => last.get(key(f)) === index);
}

function kindFor(style: HeadingStyle, present: ReadonlySet<HeadingStyle>): OutlineCandidate['kind'] {
  if (style === 'part' || style === 'chapter' || style === 'section' || style === 'column') return style;
  // without 章, the first numbering level stands for chapters
  if (!present.has('chapter') && !present.has('section')) {
    const top = (['numbered1', 'numbered2', 'numbered3'] as const).find((s) => present.has(s));
    if (style === top) return 'chapter';
  }
  return 'section';
}

const prefix: Record<OutlineCandidate['kind'], string> = {
  part: 'P',
  chapter: 'CH',
  section: 'S',
  column: 'C',
};

export function draftOutline(doc: PlanDocument, skip: ReadonlySet<number>): OutlineDraft {
  const found = findHeadings(doc, skip);
  const present = new Set(found.map((f) => f.heading.style));
  const counters: Record<string, number> = { P: 0, CH: 0, S: 0, C: 0 };
  const nodes: OutlineCandidate[] = [];
  // the open heading at each depth, to find parents
  const open: { depth: number; id: string; kind: OutlineCandidate['kind'] }[] = [];
  const owner: (string | null)[] = new Array(doc.blocks.length).fill(null);
  let current: string | null = null;
  let cursor = 0;

  for (const f of found) {
    for (; cursor < f.block; cursor++) owner[cursor] = current;
    const kind = kindFor(f.heading.style, present);
    const depth = f.heading.style === 'column' ? 9 : depthOf[f.heading.style];
    if (f.heading.style !== 'column') while (open.length && (open.at(-1)?.depth ?? -1) >= depth) open.pop();
    const parentCandidates = open.filter((o) => o.kind !== 'column');
    let parent: string | null = null;
    if (kind === 'chapter') parent = parentCandidates.find((o) => o.kind === 'part')?.id ?? null;
    else if (kind === 'column')
      parent =
        [...parentCandidates].reverse().find((o) => o.kind === 'chapter')?.id ??
        parentCandidates.at(-1)?.id ??
        null;
    else if (kind === 'section') parent = parentCandidates.at(-1)?.id ?? null;
    const p = prefix[kind];
    counters[p] = (counters[p] ?? 0) + 1;
    const id = `${p}${counters[p]}`;
    const text = doc.blocks[f.block];
    const line = text?.kind === 'paragraph' ? text.text : f.title;
    const styled = text?.kind === 'paragraph' && text.headingLevel !== null;
    nodes.push({
      id,
      kind,
      number: f.heading.number,
      title: f.title,
      parent,
      style: f.heading.style,
      summary: null,
      items: [],
      investment: null,
      confidence: f.heading.style.startsWith('numbered') ? (styled ? 0.85 : 0.7) : 0.95,
      quote: { block: f.block, start: 0, end: line.length, text: line },
      status: 'proposed',
    });
    if (kind === 'column') {
      // a column ends where the next heading begins; its own text belongs to it
      open.push({ depth: 9, id, kind });
    } else {
      while (open.length && open.at(-1)?.kind === 'column') open.pop();
      open.push({ depth, id, kind });
    }
    current = id;
  }
  for (; cursor < doc.blocks.length; cursor++) owner[cursor] = current;
  return { nodes, owner };
}
