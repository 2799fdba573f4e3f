/**
 * A plan as plain text (.txt, .md, pasted): UTF-8, UTF-8 with BOM, UTF-16 with BOM or GB18030 (what
 * Notepad and WPS on Chinese Windows save). Text that is valid in none of them, or that holds binary
 * control characters, is refused as an unknown encoding rather than drafted from garbage.
 */
import { detectEncoding } from '../csv/decode-text';
import { refuseDocument } from './document-refusal';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export function decodePlanText(bytes: Uint8Array, fileName: string): DecodedText {
  const detected = detectEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(detected.encoding, { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(detected.bomLength),
    );
  } catch {
    return unknownEncoding(fileName);
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // NUL and the other C0 controls except tab, line feed, form feed and carriage return: binary
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) controls++;
  }
  if (controls > Math.max(2, text.length / 1000)) return unknownEncoding(fileName);
  const encoding =
    detected.encoding === 'utf-8' ? (detected.bomLength ? 'utf-8-bom' : 'utf-8') : detected.encoding;
  return { text, encoding };
}

function unknownEncoding(fileName: string): never {
  refuseDocument(
    'document_unknown_encoding',
    `无法识别“${fileName}”的文字编码(支持 UTF-8、带 BOM 的 UTF-8 和 GB18030/GBK)。请用记事本或 WPS 打开后“另存为” UTF-8 文本,或直接粘贴规划正文。`,
    `The text encoding of “${fileName}” is not recognised (UTF-8, UTF-8 with BOM and GB18030/GBK are supported). Open it in Notepad or WPS and “Save as” UTF-8 text, or paste the plan text instead.`,
  );
}
