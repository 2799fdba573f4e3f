/**
 * What a file really is, from its first bytes rather than its name. Offices rename files freely: a
 * legacy .xls saved as .xlsx, an HTML page a web system exported "as Excel", a CSV with the wrong
 * extension. Each gets a message that tells the person what to do.
 */
import { refuse } from './spreadsheet-refusal';

export type FileKind = 'zip' | 'ole2' | 'html' | 'text' | 'unknown';

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): legacy .xls, and also password-protected .xlsx files. */
const ole2Signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, zipSignature)) return 'zip';
  if (startsWith(bytes, ole2Signature)) return 'ole2';
  const head = Buffer.from(bytes.subarray(0, 512))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table'))
    return 'html';
  if (bytes.length > 0 && !bytes.subarray(0, 512).includes(0)) return 'text';
  return 'unknown';
}

/** Refuses anything that is not a zip container before the zip reader looks at it. */
export function requireXlsxContainer(bytes: Uint8Array): void {
  const kind = sniffFileKind(bytes);
  if (kind === 'zip') return;
  if (kind === 'ole2') {
    refuse(
      'legacy_xls',
      '这是旧版 .xls 文件(或设置了打开密码的工作簿),请在 Excel 或 WPS 中另存为 .xlsx 后再上传',
      'this is a legacy .xls file (or a password-protected workbook); save it as .xlsx and upload again',
    );
  }
  if (kind === 'html') {
    refuse(
      'html_not_xlsx',
      '这是网页(HTML)文件,不是 Excel 工作簿;请在 Excel 或 WPS 中打开后另存为 .xlsx',
      'this is an HTML page, not an Excel workbook; open it in Excel or WPS and save it as .xlsx',
    );
  }
  if (kind === 'text') {
    refuse(
      'text_not_xlsx',
      '这是文本文件(可能是 CSV),不是 .xlsx 工作簿;请按 CSV 导入或另存为 .xlsx',
      'this is a text file (perhaps CSV), not an .xlsx workbook; import it as CSV or save it as .xlsx',
    );
  }
  refuse(
    'not_a_spreadsheet',
    '无法识别的文件格式,不是 .xlsx 工作簿',
    'unrecognised file format; this is not an .xlsx workbook',
  );
}
