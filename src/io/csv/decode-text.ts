/**
 * Which encoding a CSV is in, without asking the user: a BOM decides (UTF-8, UTF-16 LE/BE — Excel's
 * "Unicode text" is UTF-16); otherwise strictly valid UTF-8 is UTF-8, and anything else is GB18030,
 * the superset of GBK that Excel and WPS on Chinese Windows write by default.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

const chunkSize = 64 * 1024;

function isValidUtf8(bytes: Uint8Array): boolean {
  // Validate in chunks and throw the text away: the check must not hold a second copy of a large file.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = 0; at < bytes.length; at += chunkSize) {
      decoder.decode(bytes.subarray(at, at + chunkSize), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'gb18030', bomLength: 0 };
}

/** The text in chunks of about 64 KB; invalid sequences become U+FFFD, nothing throws. */
export function* decodeChunks(bytes: Uint8Array, detected: DetectedEncoding): Generator<string> {
  const decoder = new TextDecoder(detected.encoding, { ignoreBOM: true });
  for (let at = detected.bomLength; at < bytes.length; at += chunkSize) {
    yield decoder.decode(bytes.subarray(at, at + chunkSize), { stream: true });
  }
  yield decoder.decode();
}
