/**
 * Why a spreadsheet file was refused before Lantu parsed it: too large, not a workbook, a zip bomb,
 * a legacy .xls. Thrown by the safety checks and turned into one InputIssue for the person who uploaded it.
 */
import type { Bilingual, InputIssue } from '../../contracts/issue';

export class SpreadsheetRefusal extends Error {
  readonly code: string;
  readonly messages: Bilingual;

  constructor(code: string, messages: Bilingual) {
    super(`${messages.zh} / ${messages.en}`);
    this.name = 'SpreadsheetRefusal';
    this.code = code;
    this.messages = messages;
  }

  /** The refusal as the file-level issue every importer reports. */
  toIssue(file: string): InputIssue {
    return { file, item: null, field: null, code: this.code, severity: 'error', message: this.messages };
  }
}

export function refuse(code: string, zh: string, en: string): never {
  throw new SpreadsheetRefusal(code, { zh, en });
}
