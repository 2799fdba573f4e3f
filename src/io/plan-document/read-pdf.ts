/**
 * A PDF with a text layer, through pdf.js (the legacy build, which runs on Node 20 without a
 * browser): text items grouped into lines by their position, lines wrapped at the right margin
 * joined back into paragraphs, page numbers dropped. An encrypted PDF and a PDF without text (a
 * scan) are refused with what to do; for a scan, OCR is offered when tesseract is installed.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cleanLine, type DocumentBlock, type PlanDocument } from '../../plan-text/plan-document';
import { refuseDocument } from './document-refusal';
import { ocrAvailable } from './ocr';

interface Line {
  text: string;
  right: number;
  page: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  hasEOL: boolean;
}

function isTextItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

async function pdfLines(bytes: Uint8Array, fileName: string): Promise<Line[]> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise.catch((error: unknown) => {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      refuseDocument(
        'document_encrypted',
        `PDF 文件“${fileName}”有密码保护,无法读取。请用原密码打开后另存一份不加密的 PDF,或上传 Word 原件。`,
        `The PDF “${fileName}” is password-protected and cannot be read. Open it with its password and save an unprotected copy, or upload the Word original.`,
      );
    }
    refuseDocument(
      'document_unreadable',
      `无法读取 PDF 文件“${fileName}”(${error instanceof Error ? error.message : String(error)})。文件可能已损坏,请重新下载或导出。`,
      `The PDF “${fileName}” cannot be read (${error instanceof Error ? error.message : String(error)}). It may be damaged: download or export it again.`,
    );
  });
  const lines: Line[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      let text = '';
      let right = 0;
      let y: number | null = null;
      const push = () => {
        if (text.trim()) lines.push({ text, right, page: p });
        text = '';
        right = 0;
      };
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        const itemY = item.transform[5] ?? 0;
        if (y !== null && Math.abs(itemY - y) > 2) push();
        y = itemY;
        text += item.str;
        right = Math.max(right, (item.transform[4] ?? 0) + item.width);
        if (item.hasEOL) push();
      }
      push();
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return lines;
}

/** Joins lines that run to the right margin without ending a sentence: they were wrapped. */
export function linesToBlocks(lines: readonly Line[]): DocumentBlock[] {
  const margin = Math.max(0, ...lines.map((l) => l.right));
  const blocks: DocumentBlock[] = [];
  let paragraph = '';
  for (const line of lines) {
    const text = cleanLine(line.text);
    if (!text || /^[-—\s]*\d{1,4}[-—\s]*$/.test(text)) continue;
    paragraph += text;
    const wrapped = line.right >= margin * 0.9 && !/[。!?;:!?;:]$/.test(text);
    if (!wrapped) {
      blocks.push({ kind: 'paragraph', text: paragraph, headingLevel: null });
      paragraph = '';
    }
  }
  if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph, headingLevel: null });
  return blocks;
}

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PlanDocument> {
  const lines = await pdfLines(bytes, fileName);
  const characters = lines.reduce((n, l) => n + l.text.trim().length, 0);
  if (characters < 20) {
    const ocr = ocrAvailable();
    refuseDocument(
      'document_no_text',
      ocr
        ? `PDF 文件“${fileName}”没有文字层(可能是扫描件)。可用文字识别(OCR)读取:命令行加 --ocr 选项重试;识别结果请逐条核对。`
        : `PDF 文件“${fileName}”没有文字层(可能是扫描件),无法直接读取。请上传 Word 原件或带文字的 PDF;或由管理员安装文字识别(OCR):apt-get install tesseract-ocr tesseract-ocr-chi-sim,然后用 --ocr 重试。`,
      ocr
        ? `The PDF “${fileName}” has no text layer (it is probably a scan). It can be read by OCR: run again with --ocr, and check every item it reads.`
        : `The PDF “${fileName}” has no text layer (it is probably a scan) and cannot be read. Upload the Word original or a PDF with text; or have an administrator install OCR (apt-get install tesseract-ocr tesseract-ocr-chi-sim) and run again with --ocr.`,
    );
  }
  return { blocks: linesToBlocks(lines) };
}
