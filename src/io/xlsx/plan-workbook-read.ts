/**
 * A plan workbook → a plan package, validated by the same schemas as a package folder, every problem
 * located at its sheet, row and column. Cross-file rules (unknown codes, duplicates, years in order)
 * live in services and are located afterwards through the returned locator.
 *
 * As for a folder (io/importers/plan-package-load), a file whose schema fails is left out, and the package
 * exists only when plan, outline and indicators are valid.
 */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { InputIssue } from '../../contracts/issue';
import {
  annualTargetsFileSchema,
  columnsFileSchema,
  indicatorsFileSchema,
  type ObservationsFile,
  observationsFileSchema,
  outlineSchema,
  type PlanPackage,
  planMetaSchema,
  projectsFileSchema,
  unitsFileSchema,
} from '../../contracts/plan-package';
import { zodIssuesToInputIssues } from '../../contracts/zod-issues';
import { observationFilePattern } from '../plan-package/read-package-files';
import { defaultSpreadsheetLimits, type SpreadsheetLimits } from '../spreadsheet-safety/limits';
import { openXlsxSafely } from '../spreadsheet-safety/open-xlsx';
import { SpreadsheetRefusal } from '../spreadsheet-safety/spreadsheet-refusal';
import { guideSheetName } from './plan-guide-sheet';
import { metaSheetName } from './plan-meta-fields';
import { type MetaRead, readMetaSheet, readTabularSheet, type SheetRead } from './plan-sheet-read';
import {
  annualTargetsSheet,
  columnsSheet,
  indicatorsSheet,
  outlineSheet,
  projectsSheet,
  tabularSheets,
  unitsSheet,
} from './plan-sheet-specs';
import { assembleFiles } from './plan-workbook-assemble';
import { type CellRef, toCellIssue, WorkbookLocator } from './plan-workbook-locator';

export interface PlanWorkbookRead {
  plan: PlanPackage | null;
  issues: InputIssue[];
  /** Locates the issues of rules run later on `plan`. */
  locator: WorkbookLocator;
}

const requiredSheets = [metaSheetName, outlineSheet.name, indicatorsSheet.name];

function newLocator(): WorkbookLocator {
  return new WorkbookLocator({
    'plan.json': metaSheetName,
    'outline.json': outlineSheet.name,
    'indicators.json': indicatorsSheet.name,
    'annual-targets.json': annualTargetsSheet.name,
    'columns.json': columnsSheet.name,
    'projects.json': projectsSheet.name,
    'units.json': unitsSheet.name,
  });
}

function sheetIssue(
  file: string,
  code: string,
  severity: 'error' | 'warning',
  zh: string,
  en: string,
): InputIssue {
  return { file, item: null, field: null, code, severity, message: { zh, en } };
}

function cellKey(ref: { sheet: string; row: number | null; column: string | null }): string {
  return `${ref.sheet}|${ref.row}|${ref.column}`;
}

/** Schema issues at their cells; one issue per missing column instead of one per row; none where the cell already has one. */
class SchemaCheck {
  readonly issues: InputIssue[] = [];
  private readonly taken: Set<string>;
  private readonly missingReported = new Set<string>();

  constructor(
    private readonly locator: WorkbookLocator,
    earlier: readonly InputIssue[],
  ) {
    this.taken = new Set(
      earlier.map((i) => `${i.file}|${i.item === null ? null : /\d+/.exec(i.item)?.[0]}|${i.field}`),
    );
  }

  parse<S extends z.ZodType>(files: Map<string, unknown>, file: string, schema: S): z.infer<S> | null {
    if (!files.has(file)) return null;
    const result = schema.safeParse(files.get(file));
    if (result.success) return result.data;
    const bilingual = zodIssuesToInputIssues(result.error, file);
    result.error.issues.forEach((zodIssue, index) => {
      const ref = this.locator.locate(file, zodIssue.path);
      const converted = bilingual[index];
      if (converted) this.add(converted, ref);
    });
    return null;
  }

  private add(issue: InputIssue, ref: CellRef): void {
    if (ref.missing) {
      const key = `${ref.sheet}|${ref.column}`;
      if (this.missingReported.has(key)) return;
      this.missingReported.add(key);
      const column = ref.missing;
      this.issues.push({
        ...issue,
        file: ref.sheet,
        item: null,
        field: ref.column,
        code: 'column_missing',
        message: {
          zh: `缺少“${column}”(${issue.message.zh})`,
          en: `"${column}" is missing (${issue.message.en})`,
        },
      });
      return;
    }
    const key = cellKey(ref);
    if (this.taken.has(key)) return;
    this.taken.add(key);
    this.issues.push(toCellIssue(issue, ref));
  }
}

async function loadWorkbook(
  bytes: Buffer,
  file: string,
  limits: SpreadsheetLimits,
): Promise<ExcelJS.Workbook | InputIssue> {
  try {
    await openXlsxSafely(bytes, limits);
    const wb = new ExcelJS.Workbook();
    // ExcelJS types its input as an ArrayBuffer-like Buffer; JSZip reads a plain ArrayBuffer.
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    return wb;
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) return error.toIssue(file);
    const detail = error instanceof Error ? error.message : String(error);
    return sheetIssue(
      file,
      'xlsx_unreadable',
      'error',
      `无法读取工作簿:${detail}`,
      `the workbook cannot be read: ${detail}`,
    );
  }
}

export async function readPlanWorkbook(
  bytes: Buffer,
  options: { file?: string; limits?: SpreadsheetLimits } = {},
): Promise<PlanWorkbookRead> {
  const locator = newLocator();
  const loaded = await loadWorkbook(
    bytes,
    options.file ?? 'workbook.xlsx',
    options.limits ?? defaultSpreadsheetLimits,
  );
  if (!(loaded instanceof ExcelJS.Workbook)) return { plan: null, issues: [loaded], locator };

  const issues: InputIssue[] = [];
  const known = new Set([guideSheetName, metaSheetName, ...tabularSheets.map((s) => s.name)]);
  for (const ws of loaded.worksheets) {
    if (!known.has(ws.name)) {
      issues.push(
        sheetIssue(
          ws.name,
          'sheet_ignored',
          'warning',
          '不是规划包的工作表,已忽略',
          'not a plan-package sheet; ignored',
        ),
      );
    }
  }
  for (const name of requiredSheets) {
    if (!loaded.getWorksheet(name)) {
      issues.push(
        sheetIssue(name, 'sheet_missing', 'error', '缺少必需的工作表', 'a required sheet is missing'),
      );
    }
  }
  const metaSheet = loaded.getWorksheet(metaSheetName);
  const meta: MetaRead = metaSheet
    ? readMetaSheet(metaSheet)
    : { values: new Map(), refs: new Map(), issues: [] };
  issues.push(...meta.issues);
  const sheets = new Map<string, SheetRead>();
  for (const spec of tabularSheets) {
    const ws = loaded.getWorksheet(spec.name);
    if (!ws) continue;
    const read = readTabularSheet(ws, spec);
    sheets.set(spec.name, read);
    issues.push(...read.issues);
  }
  const assembled = assembleFiles(meta, sheets, locator);
  issues.push(...assembled.issues);

  const files = assembled.files;
  const check = new SchemaCheck(locator, issues);
  const planMeta = metaSheet ? check.parse(files, 'plan.json', planMetaSchema) : null;
  const outline = loaded.getWorksheet(outlineSheet.name)
    ? check.parse(files, 'outline.json', outlineSchema)
    : null;
  const indicators = loaded.getWorksheet(indicatorsSheet.name)
    ? check.parse(files, 'indicators.json', indicatorsFileSchema)
    : null;
  const annualTargets = check.parse(files, 'annual-targets.json', annualTargetsFileSchema);
  const columns = check.parse(files, 'columns.json', columnsFileSchema);
  const projects = check.parse(files, 'projects.json', projectsFileSchema);
  const units = check.parse(files, 'units.json', unitsFileSchema);
  const observationSets: (ObservationsFile & { file: string })[] = [];
  for (const name of files.keys()) {
    if (!observationFilePattern.test(name)) continue;
    const set = check.parse(files, name, observationsFileSchema);
    if (set) observationSets.push({ ...set, file: name });
  }
  issues.push(...check.issues);

  if (!planMeta || !outline || !indicators) return { plan: null, issues, locator };
  const plan: PlanPackage = {
    meta: planMeta,
    outline: outline.nodes,
    indicators: indicators.indicators,
    annualTargets: annualTargets?.annualTargets ?? [],
    columns: columns?.columns ?? [],
    projects: projects?.projects ?? [],
    units: units?.units ?? [],
    observationSets,
  };
  return { plan, issues, locator };
}
