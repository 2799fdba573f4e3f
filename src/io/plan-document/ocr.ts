/**
 * OCR for scanned PDFs, only when the machine has Debian's tesseract with the simplified-Chinese
 * model (tesseract-ocr, tesseract-ocr-chi-sim) and poppler's pdftoppm: pages rendered at 300 dpi,
 * each read by tesseract as one block of text (--psm 6: plan pages are a single column; the automatic
 * layout analysis loses short pages), the text drafted like any pasted text. Nothing is downloaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refuseDocument } from './document-refusal';

export function ocrAvailable(): boolean {
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (langs.status !== 0 || !/\bchi_sim\b/.test(`${langs.stdout}${langs.stderr}`)) return false;
  return spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).error === undefined;
}

export function ocrPdf(bytes: Uint8Array, fileName: string): string {
  if (!ocrAvailable()) {
    refuseDocument(
      'ocr_unavailable',
      `本机没有安装文字识别(OCR),无法识别“${fileName}”。请由管理员安装:apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils。`,
      `OCR is not installed on this machine, so “${fileName}” cannot be read. Ask an administrator to install it: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'lantu-ocr-'));
  try {
    const input = join(dir, 'input.pdf');
    writeFileSync(input, bytes);
    const render = spawnSync('pdftoppm', ['-r', '300', '-png', input, join(dir, 'page')], {
      encoding: 'utf8',
    });
    if (render.status !== 0) {
      refuseDocument(
        'ocr_failed',
        `无法渲染“${fileName}”的页面:${render.stderr}`,
        `cannot render the pages of “${fileName}”: ${render.stderr}`,
      );
    }
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    return (
      pages
        .map(
          (page) =>
            spawnSync('tesseract', [join(dir, page), 'stdout', '-l', 'chi_sim', '--psm', '6'], {
              encoding: 'utf8',
              maxBuffer: 64 * 1024 * 1024,
            }).stdout,
        )
        .join('\n')
        // tesseract puts spaces between Chinese characters; plans have none
        .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '')
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
