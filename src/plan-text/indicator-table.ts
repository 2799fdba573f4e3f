/**
 * Finds the main indicator table (表1 主要指标) and splits it into rows — from a real table (docx)
 * by its header columns, or from text where the table was flattened to one cell per line (as in the
 * Hebi plan: empty cells gone, some row numbers lost). Rows keep every line they were read from.
 */
import type { DraftQuote } from '../contracts/plan-draft-api';
import type { PlanDocument } from './plan-document';
import { matchForm } from './plan-document';
import { type CellKind, categoryName, cellKind } from './table-cells';

export interface TableRowDraft {
  tableNo: number | null;
  /** The row number was missing and restored from its neighbours (7 between 6 and 8). */
  numberRestored: boolean;
  name: DraftQuote;
  category: string | null;
  /** From a real table: the cell under each header; null = no such column. */
  slots: { baseline: DraftQuote | null; target: DraftQuote | null; growth: DraftQuote | null } | null;
  /** From flattened text: the value cells in reading order. */
  values: DraftQuote[];
  unit: DraftQuote | null;
  attribute: { value: 'expected' | 'binding'; quote: DraftQuote; explicit: boolean } | null;
}

export interface IndicatorTable {
  title: DraftQuote;
  rows: TableRowDraft[];
  notes: DraftQuote[];
  /** Blocks that belong to the table (kept out of the outline and the prose). */
  blocks: Set<number>;
  /** Lines inside the table the drafter could not place. */
  unplaced: DraftQuote[];
}

const titlePattern = /^表\s*\d*\s*[:.、]?\s*.{0,30}(主要指标|指标体系|主要目标)/;
const headerWords =
  /^(类别|类型|序号|编号|指标|指标名称|单位|\d{4}年|基数|目标|五年|年均|增长|累计|属性|或累计|增长或累计|五年年均|五年累计|指标属性|基期值|目标值)/;

function quoteOf(doc: PlanDocument, block: number): DraftQuote {
  const text = doc.blocks[block]?.text ?? '';
  return { block, start: 0, end: text.length, text };
}

export function findIndicatorTable(doc: PlanDocument): IndicatorTable | null {
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    if (block?.kind !== 'paragraph' || !titlePattern.test(matchForm(block.text))) continue;
    const next = doc.blocks[i + 1];
    const table = next?.kind === 'row' ? readGrid(doc, i, i + 1) : readFlattened(doc, i);
    if (table && table.rows.length > 0) return table;
  }
  return null;
}

function readFlattened(doc: PlanDocument, titleBlock: number): IndicatorTable | null {
  const rows: TableRowDraft[] = [];
  const notes: DraftQuote[] = [];
  const unplaced: DraftQuote[] = [];
  const blocks = new Set<number>([titleBlock]);
  let i = titleBlock + 1;
  // the header: short lines of header vocabulary
  while (
    i < doc.blocks.length &&
    (doc.blocks[i]?.text.length ?? 0) <= 10 &&
    headerWords.test(matchForm(doc.blocks[i]?.text ?? ''))
  ) {
    blocks.add(i);
    i++;
  }
  let category: string | null = null;
  let attribute: TableRowDraft['attribute'] = null;
  let lastNumber = 0;
  let unnumberedSince = 0;
  let pendingNumber: number | null = null;
  let current: TableRowDraft | null = null;

  const kindAt = (k: number): CellKind | null => {
    const b = doc.blocks[k];
    return b?.kind === 'paragraph' ? cellKind(b.text) : null;
  };
  const isNameAt = (k: number) => kindAt(k) === 'text' && (doc.blocks[k]?.text.length ?? 99) <= 40;

  for (; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b?.kind !== 'paragraph') break;
    const kind = cellKind(b.text);
    const q = quoteOf(doc, i);
    if (kind === 'note') {
      notes.push(q);
      blocks.add(i);
      continue;
    }
    if (notes.length > 0 || b.text.length > 40) break;
    blocks.add(i);
    const text = matchForm(b.text).trim();
    if (kind === 'category') {
      category = categoryName(b.text);
      continue;
    }
    if (kind === 'number' && /^\d{1,3}$/.test(text)) {
      const n = Number(text);
      // a bare integer is a row number when it follows the last one and a name comes next
      if (n > lastNumber && n <= lastNumber + 1 + unnumberedSince && isNameAt(i + 1)) {
        pendingNumber = n;
        continue;
      }
    }
    if (kind === 'attribute') {
      const value = text === '约束性' ? 'binding' : 'expected';
      attribute = { value, quote: q, explicit: false };
      if (current) current.attribute = { value, quote: q, explicit: true };
      continue;
    }
    if (kind === 'text') {
      // a name line starts a row (its number may have been lost in the flattening)
      const row: TableRowDraft = {
        tableNo: pendingNumber,
        numberRestored: false,
        name: q,
        category,
        slots: null,
        values: [],
        unit: null,
        attribute,
      };
      if (pendingNumber !== null) {
        lastNumber = pendingNumber;
        unnumberedSince = 0;
      } else unnumberedSince++;
      pendingNumber = null;
      rows.push(row);
      current = row;
      continue;
    }
    if (current && (kind === 'number' || kind === 'dash' || kind === 'phrase')) {
      current.values.push(q);
      continue;
    }
    unplaced.push(q);
  }
  if (rows.length < 3) return null;
  restoreNumbers(rows);
  return { title: quoteOf(doc, titleBlock), rows, notes, blocks, unplaced };
}

/** Rows without a number between numbered neighbours get the numbers in between when they fit. */
function restoreNumbers(rows: TableRowDraft[]): void {
  let i = 0;
  while (i < rows.length) {
    if (rows[i]?.tableNo !== null) {
      i++;
      continue;
    }
    let j = i;
    while (j < rows.length && rows[j]?.tableNo === null) j++;
    const before = i > 0 ? (rows[i - 1]?.tableNo ?? null) : 0;
    const after = j < rows.length ? (rows[j]?.tableNo ?? null) : null;
    const gap = before !== null && after !== null ? after - before - 1 : -1;
    if (before !== null && (gap === j - i || (after === null && j === rows.length))) {
      for (let k = i; k < j; k++) {
        const row = rows[k];
        if (row && gap === j - i) {
          row.tableNo = before + (k - i) + 1;
          row.numberRestored = true;
        }
      }
    }
    i = j;
  }
}

function headerColumn(headers: string[], re: RegExp): number {
  return headers.findIndex((h) => re.test(h));
}

function readGrid(doc: PlanDocument, titleBlock: number, first: number): IndicatorTable | null {
  const blocks = new Set<number>([titleBlock]);
  const tableIndex = (doc.blocks[first] as { table: number }).table;
  let end = first;
  while (doc.blocks[end]?.kind === 'row' && (doc.blocks[end] as { table: number }).table === tableIndex)
    end++;
  // header rows: until the first row with a number in it; merged header cells repeat, so join per column
  let bodyStart = first;
  while (bodyStart < end && !rowCells(doc, bodyStart).some((c) => cellKind(c) === 'number')) bodyStart++;
  const width = Math.max(...Array.from({ length: end - first }, (_, k) => rowCells(doc, first + k).length));
  const headers = Array.from({ length: width }, (_, col) => {
    const parts: string[] = [];
    for (let r = first; r < Math.max(bodyStart, first + 1); r++) {
      const cell = matchForm(rowCells(doc, r)[col] ?? '');
      if (cell && parts.at(-1) !== cell) parts.push(cell);
    }
    return parts.join(' ');
  });
  for (let r = first; r < end; r++) blocks.add(r);
  const col = {
    category: headerColumn(headers, /类别|领域|类型/),
    no: headerColumn(headers, /序号|编号/),
    name: headerColumn(headers, /指标(?!属性)/),
    unit: headerColumn(headers, /单位/),
    baseline: headerColumn(headers, /基数|基期/),
    target: headerColumn(headers, /目标/),
    growth: headerColumn(headers, /年均|累计|增长/),
    attribute: headerColumn(headers, /属性/),
  };
  if (col.name < 0) return null;
  // "2020年 | 2025年" without 基数/目标: the earlier year is the baseline, the later the target
  const years = headers
    .map((h, i) => ({ i, year: Number(/(\d{4})年/.exec(h)?.[1] ?? 0) }))
    .filter((y) => y.year > 0 && y.i !== col.growth)
    .sort((a, b) => a.year - b.year);
  if (col.baseline < 0 && years.length >= 2) col.baseline = years[0]?.i ?? -1;
  if (col.target < 0 && years.length >= 1) col.target = years.at(-1)?.i ?? -1;
  const rows: TableRowDraft[] = [];
  const notes: DraftQuote[] = [];
  const unplaced: DraftQuote[] = [];
  let category: string | null = null;
  let attribute: TableRowDraft['attribute'] = null;
  for (let r = bodyStart; r < end; r++) {
    const cells = rowCells(doc, r);
    const q = quoteOf(doc, r);
    const distinct = new Set(cells.filter(Boolean));
    if (distinct.size === 1) {
      const only = [...distinct][0] ?? '';
      if (cellKind(only) === 'note') notes.push(q);
      else category = categoryName(only);
      continue;
    }
    const cell = (c: number): DraftQuote | null => {
      if (c < 0) return null;
      const text = cells[c] ?? '';
      if (!text) return null;
      const start = cells.slice(0, c).join('\t').length + (c > 0 ? 1 : 0);
      return { block: r, start, end: start + text.length, text };
    };
    const name = cell(col.name);
    if (!name) {
      unplaced.push(q);
      continue;
    }
    const attrCell = cell(col.attribute);
    if (attrCell && cellKind(attrCell.text) === 'attribute') {
      attribute = {
        value: matchForm(attrCell.text).trim() === '约束性' ? 'binding' : 'expected',
        quote: attrCell,
        explicit: true,
      };
    }
    const no = cell(col.no);
    rows.push({
      tableNo: no && /^\d+$/.test(matchForm(no.text).trim()) ? Number(matchForm(no.text).trim()) : null,
      numberRestored: false,
      name,
      category: col.category >= 0 && cells[col.category] ? categoryName(cells[col.category] ?? '') : category,
      slots: { baseline: cell(col.baseline), target: cell(col.target), growth: cell(col.growth) },
      values: [],
      unit: cell(col.unit),
      attribute,
    });
  }
  return rows.length > 0 ? { title: quoteOf(doc, titleBlock), rows, notes, blocks, unplaced } : null;
}

function rowCells(doc: PlanDocument, block: number): string[] {
  const b = doc.blocks[block];
  return b?.kind === 'row' ? b.cells : [];
}
