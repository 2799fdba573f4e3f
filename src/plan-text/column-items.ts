/**
 * The inside of a 专栏: its opening sentence (summary and 总投资), its items — "XX专项:…", "01 量子信息",
 * "1.…" — and where it ends. A column ends at the next heading, or at the first plain paragraph after
 * its items (the Hebi text puts chapter prose right after column 1), which goes back to the chapter.
 */
import type { OutlineCandidate } from '../contracts/plan-draft-api';
import { matchForm, type PlanDocument } from './plan-document';
import { parseTargetPhrase } from './target-phrase';

const itemPatterns = [
  /^([^:。,;]{2,30}?(专项|工程|行动|计划|项目|平台|基地|中心))\s*[:。]/,
  /^\d{2}\s+([^。;:]{2,30})/,
  /^\d{1,2}[.、]\s*([^。;:,]{2,30})[:。]/,
  /^[((][一二三四五六七八九十\d]+[))]\s*([^。;:,]{2,30})[:。]?/,
];

export function itemName(text: string): string | null {
  const t = matchForm(text);
  for (const re of itemPatterns) {
    const m = re.exec(t);
    if (m?.[1]) return text.trim().slice(t.indexOf(m[1]), t.indexOf(m[1]) + m[1].length);
  }
  return null;
}

/** First sentence of a paragraph, for a node's summary. */
export function firstSentence(text: string): string {
  const end = text.indexOf('。');
  return (end >= 0 ? text.slice(0, end + 1) : text).slice(0, 300);
}

/** Fills summaries, column items and investments; hands text after a column back to its parent. */
export function completeOutline(
  doc: PlanDocument,
  nodes: OutlineCandidate[],
  owner: (string | null)[],
): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    const first = node.quote.block + 1;
    let i = first;
    let itemsStarted = false;
    for (; i < doc.blocks.length && owner[i] === node.id; i++) {
      const block = doc.blocks[i];
      if (block?.kind !== 'paragraph') continue;
      if (node.summary === null && block.text !== node.title) node.summary = firstSentence(block.text);
      if (node.kind !== 'column') continue;
      const name = itemName(block.text);
      if (name) {
        itemsStarted = true;
        node.items.push({ name, quote: { block: i, start: 0, end: name.length, text: name } });
      } else if (itemsStarted) break;
      else if (i === first || node.investment === null) {
        const inv = /总投资(约|超过|达)?(\d+(\.\d+)?)(亿元|万元)/.exec(matchForm(block.text));
        if (inv) {
          const text = `${inv[1] ?? ''}${inv[2]}${inv[4]}`;
          const parsed = parseTargetPhrase(text);
          node.investment = {
            value: parsed.value ?? Number(inv[2]),
            unit: inv[4] ?? '亿元',
            comparator: parsed.comparator ?? 'eq',
            text,
          };
        }
      }
    }
    if (node.kind === 'column' && itemsStarted) {
      const parent = node.parent && byId.has(node.parent) ? node.parent : null;
      for (; i < doc.blocks.length && owner[i] === node.id; i++) owner[i] = parent;
    }
  }
}
