/**
 * A problem found in user input — a plan package, an import row, an API body — located precisely
 * enough for a person to find and fix it, in Chinese and English.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface InputIssue {
  /** The file (plan.json, upload.xlsx) or the request part (body, query). */
  file: string;
  /** The item within the file: an indicator code, `indicators[3]`, a row number. */
  item: string | null;
  /** The field within the item: `target.year`, a column letter. */
  field: string | null;
  /** Stable snake_case code for programs: unknown_unit, duplicate_code, target_before_base … */
  code: string;
  severity: 'error' | 'warning';
  message: Bilingual;
}

/** `indicators.json › T04 › target.year: 中文 / English` — one line for terminals and logs. */
export function formatIssue(issue: InputIssue): string {
  const where = [issue.file, issue.item, issue.field].filter((p): p is string => Boolean(p)).join(' › ');
  const mark = issue.severity === 'warning' ? '[警告 warning] ' : '';
  return `${mark}${where}: ${issue.message.zh} / ${issue.message.en}`;
}
