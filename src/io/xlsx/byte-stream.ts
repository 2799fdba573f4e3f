/**
 * A workbook's bytes as a stream of 64 KB pieces for ExcelJS's streaming reader. Handed the whole
 * file as one chunk, the unzipper inflates and the XML parser parses a whole sheet's worth of rows
 * between two turns of the event loop; in small pieces every other request gets its turn in between.
 */
import { Readable } from 'node:stream';

const piece = 64 * 1024;

export function workbookByteStream(bytes: Buffer): Readable {
  return Readable.from(
    (function* pieces() {
      for (let at = 0; at < bytes.length; at += piece) yield bytes.subarray(at, at + piece);
    })(),
  );
}
