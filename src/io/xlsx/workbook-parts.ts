/**
 * The sheets of a workbook in the order a person sees their tabs, with the zip part that holds each.
 * Read from xl/workbook.xml and its relationships, because the streaming reader meets sheets in zip
 * order, which need not be tab order, and because the merge scan needs the part's name.
 */
import type { XlsxArchive } from '../spreadsheet-safety/open-xlsx';
import { refuse } from '../spreadsheet-safety/spreadsheet-refusal';
import { entryText } from '../spreadsheet-safety/zip-entry-data';

export interface SheetPart {
  name: string;
  /** Zip entry name, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
  hidden: boolean;
}

const maxXmlBytes = 10 * 1024 * 1024;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (m[1]) out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, name: string) => {
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'amp') return '&';
    if (name === 'quot') return '"';
    if (name === 'apos') return "'";
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Relationship targets are relative to xl/ unless absolute. */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

async function partText(archive: XlsxArchive, name: string): Promise<string> {
  const entry = archive.entries.get(name);
  if (!entry) refuse('zip_not_xlsx', `工作簿缺少 ${name}`, `the workbook lacks ${name}`);
  return entryText(archive.bytes, entry, maxXmlBytes);
}

export async function listSheetParts(archive: XlsxArchive): Promise<SheetPart[]> {
  const workbook = await partText(archive, 'xl/workbook.xml');
  const rels = archive.entries.has('xl/_rels/workbook.xml.rels')
    ? await partText(archive, 'xl/_rels/workbook.xml.rels')
    : '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = attributes(m[1] ?? '');
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const sheets: SheetPart[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attrs = attributes(m[1] ?? '');
    const name = attrs.get('name');
    const relId = [...attrs.entries()].find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1];
    const part = relId ? targets.get(relId) : undefined;
    if (name && part) sheets.push({ name, part, hidden: /hidden/i.test(attrs.get('state') ?? '') });
  }
  return sheets;
}
