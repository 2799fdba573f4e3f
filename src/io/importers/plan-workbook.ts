/**
 * The plan package as a workbook: export a package to .xlsx, and import a filled workbook with the
 * same checks as a package folder — the schemas, then the cross-file rules — every problem reported
 * at its sheet, row and column.
 */

import { DomainError } from '../../contracts/domain-error';
import type { InputIssue } from '../../contracts/issue';
import type { PlanPackage } from '../../contracts/plan-package';
import type { SpreadsheetLimits } from '../spreadsheet-safety/limits';
import { CellTextTooLong } from '../xlsx/cell-text';
import { readPlanWorkbook } from '../xlsx/plan-workbook-read';
import { writePlanWorkbook } from '../xlsx/plan-workbook-write';
import { checkPackageRules } from './plan-package-rules';

export interface PlanWorkbookImport {
  /** Present when plan, outline and indicators are valid, even if rules found problems. */
  plan: PlanPackage | null;
  issues: InputIssue[];
}

export async function importPlanWorkbook(
  bytes: Buffer,
  options: { file?: string; limits?: SpreadsheetLimits } = {},
): Promise<PlanWorkbookImport> {
  const read = await readPlanWorkbook(bytes, options);
  if (!read.plan) return { plan: null, issues: read.issues };
  const ruleIssues = checkPackageRules(read.plan).map((issue) => read.locator.relocate(issue));
  return { plan: read.plan, issues: [...read.issues, ...ruleIssues] };
}

export async function exportPlanWorkbook(pkg: PlanPackage): Promise<Buffer> {
  try {
    return await writePlanWorkbook(pkg);
  } catch (error) {
    if (error instanceof CellTextTooLong) {
      throw new DomainError('cell_text_too_long', {
        zh: `有一段文字长 ${error.length} 个字符,超过 Excel 单元格上限 32767,无法导出为工作簿;请导出 JSON`,
        en: `a text of ${error.length} characters exceeds Excel's cell limit of 32,767; export JSON instead`,
      });
    }
    throw error;
  }
}
