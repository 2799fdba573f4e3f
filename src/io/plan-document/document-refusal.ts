/**
 * Why a plan document was refused before drafting: an old .doc, an encrypted or image-only PDF, an
 * empty or oversized file, a file of another kind under a plan's extension, text in an unknown
 * encoding. Each message says what was wrong and what to do, in Chinese and English.
 */
import type { Bilingual } from '../../contracts/issue';

export class DocumentRefusal extends Error {
  readonly code: string;
  readonly messages: Bilingual;

  constructor(code: string, messages: Bilingual) {
    super(`${messages.zh} / ${messages.en}`);
    this.name = 'DocumentRefusal';
    this.code = code;
    this.messages = messages;
  }
}

export function refuseDocument(code: string, zh: string, en: string): never {
  throw new DocumentRefusal(code, { zh, en });
}

/** Largest plan document accepted: a 300-page plan with images is well under 50 MB. */
export const maxDocumentBytes = 50 * 1024 * 1024;
