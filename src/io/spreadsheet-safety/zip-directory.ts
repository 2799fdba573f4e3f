/**
 * Reads a zip's central directory — names, sizes, methods, offsets — without decompressing anything,
 * so the limits can be applied before a single entry is inflated (APPNOTE.TXT 4.3.12–4.3.16, ZIP64 4.3.14).
 * Every read is bounds-checked: a truncated or hostile file is refused, never a RangeError.
 */
import { refuse } from './spreadsheet-refusal';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipEnd {
  /** Where the central directory starts: the local entries must end exactly here. */
  directoryOffset: number;
  /** Entry count as the end record states it, before any entry is parsed. */
  declaredEntries: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

function corrupt(detail: string): never {
  refuse('zip_corrupt', `工作簿文件已损坏(${detail})`, `the workbook file is corrupt (${detail})`);
}

/** Bounds-checked little-endian reads. */
class Reader {
  constructor(readonly bytes: Buffer) {}
  private check(at: number, size: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + size > this.bytes.length)
      corrupt('读取越界 / read out of bounds');
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.bytes.readUInt16LE(at);
  }
  u32(at: number): number {
    this.check(at, 4);
    return this.bytes.readUInt32LE(at);
  }
  u64(at: number): number {
    this.check(at, 8);
    const value = this.bytes.readBigUInt64LE(at);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) corrupt('ZIP64 数值过大 / ZIP64 value too large');
    return Number(value);
  }
  slice(at: number, length: number): Buffer {
    this.check(at, length);
    return this.bytes.subarray(at, at + length);
  }
}

function findEndRecord(r: Reader): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
  const last = r.bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (r.bytes.readUInt32LE(at) === EOCD) return at;
  }
  return corrupt('找不到 zip 目录结尾 / no end of central directory record');
}

export function readZipEnd(bytes: Buffer): ZipEnd {
  if (bytes.length < 22) corrupt('文件过短 / file too short');
  const r = new Reader(bytes);
  const eocd = findEndRecord(r);
  if (r.u16(eocd + 4) !== 0 || r.u16(eocd + 6) !== 0) {
    refuse('zip_multi_disk', '不支持分卷压缩的文件', 'multi-volume zip files are not supported');
  }
  let count = r.u16(eocd + 10);
  let size = r.u32(eocd + 12);
  let offset = r.u32(eocd + 16);
  if (count === 0xffff || size === MAX32 || offset === MAX32) {
    const locator = eocd - 20;
    if (locator < 0 || r.u32(locator) !== ZIP64_LOCATOR)
      corrupt('缺少 ZIP64 定位记录 / missing ZIP64 locator');
    const zip64 = r.u64(locator + 8);
    if (r.u32(zip64) !== ZIP64_EOCD) corrupt('ZIP64 目录结尾无效 / bad ZIP64 end record');
    count = r.u64(zip64 + 32);
    size = r.u64(zip64 + 40);
    offset = r.u64(zip64 + 48);
  }
  if (offset + size > bytes.length) corrupt('目录超出文件 / directory beyond end of file');
  return { directoryOffset: offset, declaredEntries: count };
}

/** Parses the entries; call after the declared count has been checked against the limit. */
export function readZipEntries(bytes: Buffer, directory: ZipEnd): ZipEntry[] {
  const r = new Reader(bytes);
  const entries: ZipEntry[] = [];
  let at = directory.directoryOffset;
  for (let i = 0; i < directory.declaredEntries; i++) {
    if (r.u32(at) !== CENTRAL) corrupt(`第 ${i + 1} 个目录项无效 / central entry ${i + 1} is invalid`);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const entry: ZipEntry = {
      flags: r.u16(at + 8),
      method: r.u16(at + 10),
      crc32: r.u32(at + 16),
      compressedSize: r.u32(at + 20),
      uncompressedSize: r.u32(at + 24),
      localHeaderOffset: r.u32(at + 42),
      name: r.slice(at + 46, nameLength).toString('utf8'),
    };
    applyZip64Extra(r, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The ZIP64 extra field holds, in this order, whichever 32-bit fields overflowed (APPNOTE 4.5.3). */
function applyZip64Extra(r: Reader, start: number, length: number, entry: ZipEntry): void {
  let at = start;
  while (at + 4 <= start + length) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        const value = r.u64(field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = take();
      if (entry.compressedSize === MAX32) entry.compressedSize = take();
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}
