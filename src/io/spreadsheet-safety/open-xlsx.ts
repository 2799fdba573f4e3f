/**
 * The gate every .xlsx passes before ExcelJS sees it: size, container type, entry count, entry names,
 * declared sizes and ratios, a gap-free layout (no hidden or overlapping entries), and finally an
 * inflate of every entry under its declared size with its CRC checked. Only then is the file parsed.
 */

import { requireXlsxContainer } from './file-signature';
import { defaultSpreadsheetLimits, formatBytes, type SpreadsheetLimits } from './limits';
import { checkUploadSize } from './read-upload';
import { refuse } from './spreadsheet-refusal';
import { readZipEnd, readZipEntries, type ZipEntry } from './zip-directory';
import { entryChunks, entryLayout } from './zip-entry-data';

export interface XlsxArchive {
  bytes: Buffer;
  /** By entry name, e.g. `xl/workbook.xml`. */
  entries: Map<string, ZipEntry>;
}

/** `../x`, `/etc/x`, `C:\x`, `a\..\b`: names that would escape a folder if anything ever extracted them. */
export function isUnsafeEntryName(name: string): boolean {
  if (name.length === 0 || name.includes('\0')) return true;
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

function checkEntries(entries: readonly ZipEntry[], limits: SpreadsheetLimits): void {
  const seen = new Set<string>();
  let total = 0;
  let packed = 0;
  for (const entry of entries) {
    if (isUnsafeEntryName(entry.name)) {
      refuse(
        'zip_unsafe_path',
        `工作簿中含有不安全的路径「${entry.name}」,拒绝处理`,
        `the workbook contains an unsafe entry path "${entry.name}"; refused`,
      );
    }
    if (seen.has(entry.name)) {
      refuse('zip_duplicate_entry', `工作簿中条目 ${entry.name} 重复`, `duplicate entry ${entry.name}`);
    }
    seen.add(entry.name);
    if (entry.flags & 0x01) {
      refuse(
        'zip_encrypted',
        '工作簿已加密,请取消密码后再上传',
        'the workbook is encrypted; remove the password first',
      );
    }
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > limits.maxEntryRatio) {
      refuse(
        'zip_bomb',
        `条目 ${entry.name} 压缩比 ${Math.round(ratio)}:1、解压后 ${formatBytes(entry.uncompressedSize)},疑似压缩炸弹,拒绝处理`,
        `entry ${entry.name} has a ${Math.round(ratio)}:1 compression ratio and unpacks to ${formatBytes(entry.uncompressedSize)}; refused as a likely zip bomb`,
      );
    }
    total += entry.uncompressedSize;
    packed += entry.compressedSize;
  }
  const totalRatio = total / Math.max(packed, 1);
  if (totalRatio > limits.maxTotalRatio) {
    refuse(
      'zip_bomb',
      `工作簿整体压缩比 ${Math.round(totalRatio)}:1(上限 ${limits.maxTotalRatio}:1),疑似压缩炸弹,拒绝处理`,
      `the workbook as a whole has a ${Math.round(totalRatio)}:1 compression ratio (limit ${limits.maxTotalRatio}:1); refused as a likely zip bomb`,
    );
  }
  if (total > limits.maxTotalUncompressedBytes) {
    refuse(
      'zip_too_large_unpacked',
      `工作簿解压后共 ${formatBytes(total)},超过上限 ${formatBytes(limits.maxTotalUncompressedBytes)}`,
      `the workbook unpacks to ${formatBytes(total)}, above the limit of ${formatBytes(limits.maxTotalUncompressedBytes)}`,
    );
  }
}

/** Entries must tile the file from byte 0 to the central directory: no gaps, no overlaps. */
function checkLayout(bytes: Buffer, entries: readonly ZipEntry[], directoryOffset: number): void {
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)) {
    if (entry.localHeaderOffset !== expected) {
      refuse(
        'zip_layout',
        '工作簿的压缩结构异常(条目重叠或含隐藏数据),拒绝处理',
        'the workbook has an irregular zip layout (overlapping entries or hidden data); refused',
      );
    }
    expected = entryLayout(bytes, entry).end;
  }
  if (expected !== directoryOffset) {
    refuse(
      'zip_layout',
      '工作簿的压缩结构异常(目录前有未登记的数据),拒绝处理',
      'the workbook has an irregular zip layout (unlisted data before the directory); refused',
    );
  }
}

export async function openXlsxSafely(
  bytes: Buffer,
  limits: SpreadsheetLimits = defaultSpreadsheetLimits,
): Promise<XlsxArchive> {
  checkUploadSize(bytes.length, limits);
  requireXlsxContainer(bytes);
  const end = readZipEnd(bytes);
  if (end.declaredEntries > limits.maxEntries) {
    refuse(
      'zip_too_many_entries',
      `工作簿含 ${end.declaredEntries} 个条目,超过上限 ${limits.maxEntries}`,
      `the workbook has ${end.declaredEntries} entries, above the limit of ${limits.maxEntries}`,
    );
  }
  const entries = readZipEntries(bytes, end);
  checkEntries(entries, limits);
  checkLayout(bytes, entries, end.directoryOffset);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('[Content_Types].xml') || !byName.has('xl/workbook.xml')) {
    refuse(
      'zip_not_xlsx',
      '这是 zip 压缩包,但不是 Excel 工作簿(.xlsx)',
      'this is a zip archive but not an Excel workbook (.xlsx)',
    );
  }
  for (const entry of entries) {
    for await (const _chunk of entryChunks(bytes, entry)) {
      // Inflating is the check: entryChunks refuses output beyond the declared size or a bad CRC.
    }
  }
  return { bytes, entries: byName };
}
