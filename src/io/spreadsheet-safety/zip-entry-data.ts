/**
 * An entry's bytes, located through its local header and inflated with node:zlib under a hard cap,
 * so a lying size field can never make us allocate more than we agreed to.
 */
import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { refuse } from './spreadsheet-refusal';
import type { ZipEntry } from './zip-directory';

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

export interface EntryLayout {
  dataStart: number;
  /** First byte after the entry, data descriptor included: where the next entry must begin. */
  end: number;
}

function corrupt(name: string): never {
  refuse(
    'zip_corrupt',
    `工作簿文件已损坏(条目 ${name} 的本地头无效)`,
    `the workbook file is corrupt (bad local header for ${name})`,
  );
}

export function entryLayout(bytes: Buffer, entry: ZipEntry): EntryLayout {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) corrupt(entry.name);
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
  if (localName !== entry.name || bytes.readUInt16LE(at + 8) !== entry.method) corrupt(entry.name);
  const dataStart = at + 30 + nameLength + extraLength;
  let end = dataStart + entry.compressedSize;
  if (end > bytes.length) corrupt(entry.name);
  if (entry.flags & 0x08) end += descriptorLength(bytes, end, entry);
  return { dataStart, end };
}

/** Bit 3 entries are followed by CRC and sizes, with an optional signature and 32- or 64-bit sizes. */
function descriptorLength(bytes: Buffer, at: number, entry: ZipEntry): number {
  const signed = at + 4 <= bytes.length && bytes.readUInt32LE(at) === DESCRIPTOR ? 4 : 0;
  const crcAt = at + signed;
  if (crcAt + 12 > bytes.length || bytes.readUInt32LE(crcAt) !== entry.crc32) corrupt(entry.name);
  const fits32 =
    bytes.readUInt32LE(crcAt + 4) === entry.compressedSize &&
    bytes.readUInt32LE(crcAt + 8) === entry.uncompressedSize;
  return signed + (fits32 ? 12 : 20);
}

/**
 * Inflates an entry as a stream of chunks. Stops with a refusal as soon as the output exceeds the
 * declared size, and checks size and CRC at the end.
 */
export async function* entryChunks(bytes: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const { dataStart } = entryLayout(bytes, entry);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method !== 0 && entry.method !== 8) {
    refuse(
      'zip_method_unsupported',
      `条目 ${entry.name} 使用了不支持的压缩方式 ${entry.method}`,
      `entry ${entry.name} uses unsupported compression method ${entry.method}`,
    );
  }
  const source = entry.method === 0 ? Readable.from([data]) : Readable.from([data]).pipe(createInflateRaw());
  let produced = 0;
  let crc = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) sizeMismatch(entry);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('Z_')) {
      refuse(
        'zip_corrupt',
        `工作簿文件已损坏(条目 ${entry.name} 无法解压)`,
        `the workbook file is corrupt (entry ${entry.name} cannot be inflated)`,
      );
    }
    throw error;
  } finally {
    source.destroy();
  }
  if (produced !== entry.uncompressedSize) sizeMismatch(entry);
  if (crc !== entry.crc32) {
    refuse(
      'zip_corrupt',
      `工作簿文件已损坏(条目 ${entry.name} 校验和不符)`,
      `the workbook file is corrupt (checksum mismatch in ${entry.name})`,
    );
  }
}

function sizeMismatch(entry: ZipEntry): never {
  return refuse(
    'zip_size_mismatch',
    `条目 ${entry.name} 解压后的大小与声明的 ${entry.uncompressedSize} 字节不符,拒绝处理(可能是压缩炸弹)`,
    `entry ${entry.name} does not inflate to its declared ${entry.uncompressedSize} bytes; refused (possible zip bomb)`,
  );
}

/** A small entry (workbook.xml, its rels) as text; `maxBytes` guards against a hostile declared size. */
export async function entryText(bytes: Buffer, entry: ZipEntry, maxBytes: number): Promise<string> {
  if (entry.uncompressedSize > maxBytes) {
    refuse(
      'zip_entry_too_large',
      `条目 ${entry.name} 过大(${entry.uncompressedSize} 字节)`,
      `entry ${entry.name} is too large (${entry.uncompressedSize} bytes)`,
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(bytes, entry)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
