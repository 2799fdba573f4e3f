/**
 * What a reporting template can contain, and so what the reader reads of an upload. A template lists
 * the reports of one round — at most items × units, the size of the largest open round — under three
 * title and header rows, in thirteen columns, on two sheets (填报表 and the hidden _lantu). Beyond a
 * margin for what people add (a notes sheet, a total row, a column of remarks), more is not a
 * template but a file that would cost memory and time to read, and is refused before it does.
 */
import type { Bilingual } from '../../contracts/issue';
import { defaultSpreadsheetLimits, type SpreadsheetLimits } from '../spreadsheet-safety/limits';
import { templateColumns } from './report-template';

export interface TemplateLimits {
  spreadsheet: SpreadsheetLimits;
  /** Sheets in the workbook: the template's two and three a person may add. */
  maxSheets: number;
  /** Stored rows in any one sheet. */
  maxRows: number;
  /** The last column a row may use. */
  maxColumns: number;
  /** The largest open round, for messages. */
  capacity: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
/** Title, notes and header rows above the data. */
const headerRows = 3;
/** Blank, total and remark rows a person may add below or between the data. */
const rowMargin = 50;
/**
 * Unpacked bytes one row may take: about 1 KB of sheet XML (13 cells with styles and three data
 * validations) and a narrative of up to 20,000 characters in the shared strings (60 KB in UTF-8).
 */
const bytesPerRow = 64 * KiB;

export function templateLimits(
  capacity: number,
  base: SpreadsheetLimits = defaultSpreadsheetLimits,
): TemplateLimits {
  const maxRows = capacity + headerRows + rowMargin;
  return {
    spreadsheet: {
      ...base,
      maxTotalUncompressedBytes: Math.min(base.maxTotalUncompressedBytes, MiB + maxRows * bytesPerRow),
    },
    maxSheets: 5,
    maxRows,
    maxColumns: templateColumns.length * 2,
    capacity,
  };
}

export function tooManySheets(count: number, names: string, limits: TemplateLimits): Bilingual {
  return {
    zh: `工作簿有 ${count} 个工作表(${names}),填报模板最多 ${limits.maxSheets} 个;请上传本系统下载的模板`,
    en: `the workbook has ${count} sheets (${names}); a reporting template has at most ${limits.maxSheets}; upload the template downloaded from Lantu`,
  };
}

export function tooManyRows(sheet: string, row: number, limits: TemplateLimits): Bilingual {
  return {
    zh: `工作表「${sheet}」第 ${row} 行:超过填报模板的行数上限 ${limits.maxRows} 行(最大的进行中轮次共 ${limits.capacity} 项),拒绝读取`,
    en: `sheet "${sheet}", row ${row}: beyond the ${limits.maxRows} rows a reporting template can have (the largest open round has ${limits.capacity} items); refused`,
  };
}

export function tooManyColumns(
  sheet: string,
  row: number,
  columns: number,
  limits: TemplateLimits,
): Bilingual {
  return {
    zh: `工作表「${sheet}」第 ${row} 行用到第 ${columns} 列,填报模板最多 ${limits.maxColumns} 列,拒绝读取`,
    en: `sheet "${sheet}", row ${row} uses column ${columns}; a reporting template has at most ${limits.maxColumns} columns; refused`,
  };
}
