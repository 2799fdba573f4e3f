/**
 * The one entry for a plan's file: sniff what it is, read it with the reader for its kind, and say
 * how it was read (format, encoding, hash) so the draft can name its source.
 */
import { createHash } from 'node:crypto';
import type { DraftSource } from '../../contracts/plan-draft-api';
import { documentFromText, type PlanDocument } from '../../plan-text/plan-document';
import { DocumentRefusal, refuseDocument } from './document-refusal';
import { ocrPdf } from './ocr';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';
import { decodePlanText } from './read-text';
import { sniffFormat } from './sniff-format';

export interface ReadDocument {
  doc: PlanDocument;
  source: DraftSource;
}

export interface ReadOptions {
  /** Read a PDF without a text layer by OCR (tesseract must be installed). */
  ocr?: boolean;
}

export async function readPlanDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadDocument> {
  const format = await sniffFormat(bytes, fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source = { fileName, format, encoding: null, sha256, bytes: bytes.length, ocr: false };
  if (format === 'docx') return { doc: await readDocx(bytes, fileName), source };
  if (format === 'pdf') {
    try {
      return { doc: await readPdf(bytes, fileName), source };
    } catch (error) {
      if (options.ocr && error instanceof DocumentRefusal && error.code === 'document_no_text') {
        return { doc: documentFromText(ocrPdf(bytes, fileName)), source: { ...source, ocr: true } };
      }
      throw error;
    }
  }
  const { text, encoding } = decodePlanText(bytes, fileName);
  return { doc: checkHasText(documentFromText(text), fileName), source: { ...source, encoding } };
}

/** Pasted text: already a string, so only the hash and the emptiness are checked. */
export function readPastedText(text: string, name = '粘贴的文本'): ReadDocument {
  const bytes = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    doc: checkHasText(documentFromText(text), name),
    source: { fileName: name, format: 'pasted', encoding: 'utf-8', sha256, bytes: bytes.length, ocr: false },
  };
}

function checkHasText(doc: PlanDocument, fileName: string): PlanDocument {
  if (doc.blocks.length === 0) {
    refuseDocument(
      'document_empty',
      `“${fileName}”中没有文字。请检查文件,或粘贴规划正文。`,
      `“${fileName}” contains no text. Check the file, or paste the plan text.`,
    );
  }
  return doc;
}
