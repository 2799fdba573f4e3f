/**
 * A list view → CSV that Excel and WPS open correctly: UTF-8 with a BOM (without it, Chinese Excel
 * assumes GBK), CRLF line ends, and every text cell escaped against formula injection by the shared writer. A demo-data
 * notice, when needed, is the first line — the rule of every Lantu output that uses demo data.
 */
import { demoNotice, type ExportValue, type TableExport } from '../xlsx/table-export';

import { writeCsvRecords } from './csv-write';

const bom = '\uFEFF';

function csvCell(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

export function writeTableCsvText<Row>(spec: Omit<TableExport<Row>, 'title'> & { title?: string }): string {
  const records = [
    ...(spec.containsDemo ? [[demoNotice]] : []),
    spec.columns.map((c) => c.header),
    ...spec.rows.map((row) => spec.columns.map((c) => csvCell(c.value(row)))),
  ];
  return bom + writeCsvRecords(records, { recordDelimiter: '\r\n' });
}

export function writeTableCsv<Row>(spec: Omit<TableExport<Row>, 'title'> & { title?: string }): Buffer {
  return Buffer.from(writeTableCsvText(spec), 'utf8');
}
