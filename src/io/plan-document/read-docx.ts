/**
 * A .docx as paragraphs and tables, read from its XML (word/document.xml through jszip and saxes):
 * paragraph text with Word's heading level (Heading 1…9, 标题 1…, or an outline level), and each
 * table as a grid in which a merged cell — across (gridSpan) or down (vMerge) — repeats its text in
 * every position it covers, so a category or attribute merged over rows reaches every row.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { cleanLine, type DocumentBlock, type PlanDocument, tableRow } from '../../plan-text/plan-document';
import { refuseDocument } from './document-refusal';

interface Cell {
  text: string;
  span: number;
  /** 'restart' starts a vertical merge, 'continue' continues the one above. */
  vMerge: 'restart' | 'continue' | null;
}

/** Style ids that are headings: Heading1, heading 2, 标题1, 1 (WPS), with their level. */
function headingLevelOfStyle(styleId: string): number | null {
  const m = /^(?:heading|标题|Heading)\s*(\d)$/i.exec(styleId) ?? /^(\d)$/.exec(styleId);
  return m?.[1] ? Number(m[1]) : null;
}

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<PlanDocument> {
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  const xml = await zip?.file('word/document.xml')?.async('string');
  if (!xml) {
    refuseDocument(
      'document_unreadable',
      `无法读取 Word 文件“${fileName}”的正文(文件可能已损坏)。请在 Word 或 WPS 中打开并重新保存为 .docx。`,
      `The body of the Word file “${fileName}” cannot be read (the file may be damaged). Open it in Word or WPS and save it again as .docx.`,
    );
  }
  return parseDocumentXml(xml);
}

export function parseDocumentXml(xml: string): PlanDocument {
  const blocks: DocumentBlock[] = [];
  const parser = new SaxesParser();
  let tableDepth = 0;
  let tableCount = 0;
  let rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell: Cell | null = null;
  let paragraph: string[] = [];
  let level: number | null = null;
  let inText = false;

  const flushTable = () => {
    const index = tableCount++;
    // expand spans and vertical merges into a grid
    const grid: string[][] = [];
    for (const [r, cells] of rows.entries()) {
      const line: string[] = [];
      for (const c of cells) {
        for (let k = 0; k < c.span; k++) {
          const col = line.length;
          line.push(c.vMerge === 'continue' ? (grid[r - 1]?.[col] ?? '') : c.text);
        }
      }
      grid.push(line);
    }
    for (const line of grid) blocks.push(tableRow(index, line));
    rows = [];
  };

  parser.on('opentag', (tag) => {
    const name = tag.name;
    const attr = (key: string) => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : undefined;
    };
    if (name === 'w:tbl') {
      tableDepth++;
      if (tableDepth === 1) rows = [];
    } else if (name === 'w:tr' && tableDepth === 1) row = [];
    else if (name === 'w:tc' && tableDepth === 1) cell = { text: '', span: 1, vMerge: null };
    else if (name === 'w:gridSpan' && cell && tableDepth === 1)
      cell.span = Math.max(1, Number(attr('w:val') ?? 1));
    else if (name === 'w:vMerge' && cell && tableDepth === 1)
      cell.vMerge = attr('w:val') === 'restart' ? 'restart' : 'continue';
    else if (name === 'w:p') {
      paragraph = [];
      level = null;
    } else if (name === 'w:pStyle') level = headingLevelOfStyle(attr('w:val') ?? '');
    else if (name === 'w:outlineLvl') level = Number(attr('w:val') ?? 9) + 1;
    else if (name === 'w:t') inText = true;
    else if (name === 'w:tab') paragraph.push('\t');
    else if (name === 'w:br' || name === 'w:cr') paragraph.push(' ');
  });
  parser.on('text', (text) => {
    if (inText) paragraph.push(text);
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (name === 'w:t') inText = false;
    else if (name === 'w:p') {
      const text = cleanLine(paragraph.join(''));
      if (cell && tableDepth >= 1) cell.text = cell.text ? `${cell.text} ${text}`.trim() : text;
      else if (text)
        blocks.push({ kind: 'paragraph', text, headingLevel: level !== null && level <= 9 ? level : null });
    } else if (name === 'w:tc' && tableDepth === 1 && cell) {
      row.push(cell);
      cell = null;
    } else if (name === 'w:tr' && tableDepth === 1) rows.push(row);
    else if (name === 'w:tbl') {
      tableDepth--;
      if (tableDepth === 0) flushTable();
    }
  });
  parser.write(xml).close();
  return { blocks };
}
