/**
 * A list view → CSV that Excel and WPS open correctly: UTF-8 with a BOM (without it, Chinese Excel
 * assumes GBK), CRLF line ends, and every text cell escaped against formula injection. A demo-data
 * notice, when needed, is the first line — the rule of every Lantu output that uses demo data.
 */
import { stringify } from 'csv-stringify/sync';
import { defuseCellText } from '../spreadsheet-safety/formula-injection';
import { demoNotice, type ExportValue, type TableExport } from '../xlsx/table-export';

const bom = '\uFEFF';

function csvCell(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return defuseCellText(value);
}

export function writeTableCsvText<Row>(spec: Omit<TableExport<Row>, 'title'> & { title?: string }): string {
  const records = [
    ...(spec.containsDemo ? [[demoNotice]] : []),
    spec.columns.map((c) => defuseCellText(c.header)),
    ...spec.rows.map((row) => spec.columns.map((c) => csvCell(c.value(row)))),
  ];
  return bom + stringify(records, { record_delimiter: '\r\n' });
}

export function writeTableCsv<Row>(spec: Omit<TableExport<Row>, 'title'> & { title?: string }): Buffer {
  return Buffer.from(writeTableCsvText(spec), 'utf8');
}
