/**
 * Responsibility as plans write it: "(牵头单位:区发展改革委;责任单位:区财政局、区科技局)" after a task,
 * "责任单位:…" on a line of its own, or a 任务分工 table with 牵头单位 / 责任单位 columns. Each becomes a
 * proposed assignment of the task to units, with its quote; the units are matched later by the office.
 */
import type { AssignmentCandidate } from '../contracts/plan-draft-api';
import { matchForm, type PlanDocument } from './plan-document';

const leadLabel = /(牵头单位|牵头部门|责任单位|责任部门|配合单位|参与单位|协办单位)\s*[::]\s*/g;

function units(list: string): string[] {
  return list
    .split(/[、,,]/)
    .map((u) =>
      u
        .replace(/[)）。;;\s]+$/g, '')
        .replace(/^等|等$/g, '')
        .trim(),
    )
    .filter((u) => u.length >= 2 && u.length <= 30);
}

/** "牵头单位:A;责任单位:B、C" → lead [A], support [B, C]. A lone 责任单位 is the lead. */
export function readResponsibility(
  text: string,
): { lead: string[]; support: string[]; start: number; end: number } | null {
  const t = matchForm(text);
  const labels = [...t.matchAll(leadLabel)];
  if (labels.length === 0) return null;
  const lead: string[] = [];
  const support: string[] = [];
  labels.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = labels[i + 1]?.index ?? t.length;
    const list = units(
      t
        .slice(from, to)
        .replace(/[;;]\s*$/, '')
        .split(/[;;)）]/)[0] ?? '',
    );
    const label = m[1] ?? '';
    const isLead = /牵头/.test(label) || (/责任/.test(label) && !labels.some((l) => /牵头/.test(l[1] ?? '')));
    (isLead ? lead : support).push(...list);
  });
  const start = Math.max(0, (labels[0]?.index ?? 0) - (t[(labels[0]?.index ?? 1) - 1] === '(' ? 1 : 0));
  return lead.length + support.length > 0 ? { lead, support, start, end: t.length } : null;
}

export function findAssignments(doc: PlanDocument, owner: readonly (string | null)[]): AssignmentCandidate[] {
  const found: AssignmentCandidate[] = [];
  const tables = new Map<number, { task: number; lead: number; support: number }>();
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'row') {
      const header = tables.get(block.table);
      const cells = block.cells.map(matchForm);
      if (!header) {
        const lead = cells.findIndex((c) => /牵头/.test(c));
        const support = cells.findIndex((c) => /责任|配合|参与/.test(c) && !/牵头/.test(c));
        const task = cells.findIndex((c) => /任务|事项|工作|内容|指标/.test(c));
        if (lead >= 0 || support >= 0) tables.set(block.table, { task: Math.max(task, 0), lead, support });
        return;
      }
      const task = block.cells[header.task] ?? '';
      const lead = header.lead >= 0 ? units(block.cells[header.lead] ?? '') : [];
      const support = header.support >= 0 ? units(block.cells[header.support] ?? '') : [];
      if (task && lead.length + support.length > 0) {
        found.push({
          id: `A${found.length + 1}`,
          subject: task,
          subjectKind: 'task',
          lead: lead.length ? lead : support,
          support: lead.length ? support : [],
          confidence: 0.85,
          quote: { block: index, start: 0, end: block.text.length, text: block.text },
          status: 'proposed',
        });
      }
      return;
    }
    const read = readResponsibility(block.text);
    if (!read) return;
    const subject = owner[index];
    found.push({
      id: `A${found.length + 1}`,
      subject: subject ?? (block.text.slice(0, read.start).trim().slice(0, 60) || '—'),
      subjectKind: subject ? 'outline' : 'task',
      lead: read.lead,
      support: read.support,
      confidence: subject ? 0.75 : 0.6,
      quote: { block: index, start: read.start, end: read.end, text: block.text.slice(read.start, read.end) },
      status: 'proposed',
    });
  });
  return found;
}
