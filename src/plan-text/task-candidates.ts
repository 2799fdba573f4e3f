/**
 * Key tasks (重点任务) as plans write them, proposed from the text (docs/tasks.md §1, docs/plan-import.md):
 *
 * - a paragraph that opens with a short lead sentence ("围绕三化趋势丰富汽车电子电器产品体系。顺应…") is one
 *   task: the lead sentence (its title) and the sentence after it, the way offices copy a 节 into their
 *   分工方案;
 * - a 节 with a heading of its own whose paragraphs have no lead sentence is one task: its first sentence;
 * - in a chapter of measures (no lead sentences anywhere: 加强组织领导, 健全工作机制) every sentence that
 *   asks for an action is a task, at a lower confidence — sentences of consequence (确保…, 从而…) are not.
 *
 * Chapters that look back, set the goals or hold the indicator table, a chapter's opening paragraph
 * and 专栏 contents (the projects of issue 6) yield none. Pure; every candidate carries its quote.
 */
import type { OutlineCandidate, TaskCandidate } from '../contracts/plan-draft-api';
import { matchForm, type PlanDocument } from './plan-document';
import { readResponsibility } from './responsibility';

/** A lead sentence: short, ends the first sentence ("加强校企合作力度,加快新型研发机构建设。"). */
const leadSentence = /^[^;;:。!?]{4,36}[。]/;
/** Sentences that state a consequence or a wish of the paragraph, not an action of their own. */
const consequence = /^(确保|从而|进而|以此|由此|使|让|力争到|到20\d\d年|总之|同时,?$)/;
/** Chapters whose text is not tasks: the review of the last plan, the goals, the vision. */
const notTasks =
  /发展基础|发展环境|发展成就|主要成就|回顾|形势|机遇|挑战|指导思想|基本原则|发展目标|主要目标|总体目标|远景目标|总体要求|发展定位|战略定位|总体思路/;

export interface TaskContext {
  nodes: readonly OutlineCandidate[];
  /** The outline node each block belongs to (the deepest), from the outline drafter. */
  owner: readonly (string | null)[];
  /** Chapters that yield no tasks (the review chapters, the chapter holding the indicator table). */
  skipChapters: ReadonlySet<string>;
  /** Blocks that are not prose (the indicator table, headings). */
  skipBlocks: ReadonlySet<number>;
  planStart: number;
  planEnd: number;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences of a paragraph, each with its span: a 。 ends one (a ; does not: offices copy a measure
 * with its clauses), and a 。 inside “…” or (…) does not.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '“' || c === '(' || c === '\uFF08') depth += 1;
    else if ((c === '”' || c === ')' || c === '\uFF09') && depth > 0) depth -= 1;
    else if (depth === 0 && (c === '。' || c === '!' || c === '?' || c === '\uFF01' || c === '\uFF1F')) {
      const piece = text.slice(start, i + 1).trim();
      if (piece.length > 1) out.push({ start, end: i + 1, text: piece });
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest.length > 1) out.push({ start, end: text.length, text: rest });
  return out;
}

function chapterOf(id: string | null, byId: Map<string, OutlineCandidate>): OutlineCandidate | undefined {
  let node = id ? byId.get(id) : undefined;
  while (node && node.kind !== 'chapter') node = node.parent ? byId.get(node.parent) : undefined;
  return node;
}

const cap = (text: string) => (text.length <= 300 ? text : text.slice(0, 300));

export function findTasks(doc: PlanDocument, context: TaskContext): TaskCandidate[] {
  const byId = new Map(context.nodes.map((n) => [n.id, n]));
  const headings = new Set(context.nodes.map((n) => n.quote.block));
  // The prose paragraphs of each chapter that may hold tasks, in reading order.
  const byChapter = new Map<string, number[]>();
  doc.blocks.forEach((b, block) => {
    if (b.kind !== 'paragraph' || headings.has(block) || context.skipBlocks.has(block)) return;
    const own = context.owner[block] ?? null;
    const node = own ? byId.get(own) : undefined;
    if (!node || node.kind === 'column' || node.kind === 'part') return;
    const chapter = chapterOf(own, byId);
    if (!chapter || context.skipChapters.has(chapter.id) || notTasks.test(chapter.title)) return;
    byChapter.set(chapter.id, [...(byChapter.get(chapter.id) ?? []), block]);
  });

  const tasks: TaskCandidate[] = [];
  const deadline = `${context.planEnd}-12-31`;
  const push = (
    chapter: OutlineCandidate,
    block: number,
    span: { start: number; end: number },
    section: TaskCandidate['section'],
    confidence: number,
  ) => {
    const paragraph = doc.blocks[block]?.text ?? '';
    const text = cap(paragraph.slice(span.start, span.end).trim());
    if (text.length < 6) return;
    // "(牵头单位:…;责任单位:…)" in the paragraph names the task's units.
    const units = readResponsibility(paragraph);
    tasks.push({
      id: `RW${String(tasks.length + 1).padStart(3, '0')}`,
      text,
      chapter: chapter.id,
      section,
      deadline,
      lead: units?.lead ?? [],
      co: units?.support ?? [],
      confidence,
      quote: { block, start: span.start, end: span.start + text.length, text },
      status: 'proposed',
    });
  };

  for (const [chapterId, blocks] of byChapter) {
    const chapter = byId.get(chapterId) as OutlineCandidate;
    const leads = blocks.filter((b) => leadSentence.test(matchForm(doc.blocks[b]?.text ?? '')));
    // A chapter written as titled paragraphs has most of them (two at least) open with a lead
    // sentence; a chapter of measures may have one short sentence first by chance.
    if (leads.length >= 2 && leads.length * 2 >= blocks.length) {
      leads.forEach((block, k) => {
        const parts = sentences(doc.blocks[block]?.text ?? '');
        const [title, next] = parts;
        if (!title) return;
        push(
          chapter,
          block,
          { start: title.start, end: (next ?? title).end },
          { number: k + 1, title: title.text.replace(/。$/, '') },
          0.75,
        );
      });
      continue;
    }
    // Sections with their own headings: one task each, from the first sentence of their text.
    const sectionsHere = context.nodes.filter(
      (n) => n.kind === 'section' && chapterOf(n.id, byId) === chapter,
    );
    if (sectionsHere.length > 0) {
      sectionsHere.forEach((section, k) => {
        const block = blocks.find((b) => context.owner[b] === section.id);
        if (block === undefined) return;
        const [first] = sentences(doc.blocks[block]?.text ?? '');
        if (first) push(chapter, block, first, { number: k + 1, title: section.title }, 0.65);
      });
      continue;
    }
    // A chapter of measures: each sentence that asks for an action.
    for (const block of blocks) {
      for (const s of sentences(doc.blocks[block]?.text ?? '')) {
        if (consequence.test(matchForm(s.text))) continue;
        push(chapter, block, s, null, 0.5);
      }
    }
  }
  return tasks;
}
