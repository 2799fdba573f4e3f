import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildZip, xlsxSkeleton } from './fixtures/zip-builder';
import { defaultSpreadsheetLimits } from './limits';
import { isUnsafeEntryName, openXlsxSafely } from './open-xlsx';
import { readUpload } from './read-upload';
import { SpreadsheetRefusal } from './spreadsheet-refusal';

async function refusal(bytes: Buffer, limits = defaultSpreadsheetLimits): Promise<SpreadsheetRefusal> {
  try {
    await openXlsxSafely(bytes, limits);
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('openXlsxSafely', () => {
  it('accepts a workbook ExcelJS wrote', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('数据').getCell('A1').value = '指标';
    const archive = await openXlsxSafely(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(archive.entries.has('xl/worksheets/sheet1.xml')).toBe(true);
  });

  it('refuses a legacy .xls renamed to .xlsx by its OLE2 signature', async () => {
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    const error = await refusal(xls);
    expect(error.code).toBe('legacy_xls');
    expect(error.messages.zh).toContain('这是旧版 .xls 文件');
    expect(error.messages.en).toContain('this is a legacy .xls file');
  });

  it('refuses an HTML page or a CSV saved with an .xlsx name', async () => {
    expect((await refusal(Buffer.from('<html><table><tr><td>1</td></tr></table></html>'))).code).toBe(
      'html_not_xlsx',
    );
    expect((await refusal(Buffer.from('指标,年份\nT01,2021\n'))).code).toBe('text_not_xlsx');
  });

  it('refuses a zip bomb by its declared ratio before inflating it', async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    const bomb = buildZip([...xlsxSkeleton(), { name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const error = await refusal(bomb);
    expect(error.code).toBe('zip_bomb');
    expect(error.messages.zh).toContain('xl/worksheets/sheet1.xml');
  });

  it('refuses a small entry by its ratio too, not only entries above 10 MB', async () => {
    // 2 MB of zeros deflate to about 2 KB (≈ 1000:1); the old gate looked only at entries above 10 MB.
    const small = buildZip([
      ...xlsxSkeleton(),
      { name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(2 * 1024 * 1024) },
    ]);
    const error = await refusal(small);
    expect(error.code).toBe('zip_bomb');
    expect(error.messages.zh).toContain('xl/worksheets/sheet2.xml');
    expect(error.messages.en).toContain('compression ratio');
  });

  it('refuses many entries each under the entry ratio whose sum is a bomb', async () => {
    // Each entry: 200 KB of a repeated 1 KB block, which deflate's 32 KB window shrinks to about 1 KB.
    // With the entry limit raised out of the way, the ratio of the file as a whole refuses it (limit 50:1).
    const block = Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 7919) % 251));
    const entries = Array.from({ length: 20 }, (_, i) => ({
      name: `xl/worksheets/sheet${i + 2}.xml`,
      data: Buffer.concat(Array.from({ length: 200 }, () => block)),
    }));
    const zip = buildZip([...xlsxSkeleton(), ...entries]);
    const error = await refusal(zip, { ...defaultSpreadsheetLimits, maxEntryRatio: 1000 });
    expect(error.code).toBe('zip_bomb');
    expect(error.messages.en).toContain('as a whole');
  });

  it('refuses an entry that inflates beyond the size it declares', async () => {
    const liar = buildZip([
      ...xlsxSkeleton(),
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * 1024 * 1024), declaredSize: 1000 },
    ]);
    expect((await refusal(liar)).code).toBe('zip_size_mismatch');
  });

  it('refuses more uncompressed bytes in total than the limit', async () => {
    const big = buildZip([
      ...xlsxSkeleton(),
      { name: 'xl/media/a.bin', data: Buffer.alloc(3000), stored: true },
    ]);
    const limits = { ...defaultSpreadsheetLimits, maxTotalUncompressedBytes: 2000 };
    expect((await refusal(big, limits)).code).toBe('zip_too_large_unpacked');
  });

  it.each(['../evil.xml', '/etc/passwd', 'xl/../../evil', 'C:\\evil', 'xl\\..\\evil'])(
    'refuses the path-like entry name %s',
    async (name) => {
      expect(isUnsafeEntryName(name)).toBe(true);
      const zip = buildZip([...xlsxSkeleton(), { name, data: Buffer.from('x') }]);
      expect((await refusal(zip)).code).toBe('zip_unsafe_path');
    },
  );

  it('refuses more entries than the limit, from the end record alone', async () => {
    const many = buildZip([
      ...xlsxSkeleton(),
      ...Array.from({ length: 10 }, (_, i) => ({ name: `xl/x${i}.xml`, data: Buffer.from('x') })),
    ]);
    expect((await refusal(many, { ...defaultSpreadsheetLimits, maxEntries: 5 })).code).toBe(
      'zip_too_many_entries',
    );
  });

  it('refuses data hidden between entries', async () => {
    const zip = buildZip(xlsxSkeleton(), { gapAfterFirst: 64 });
    expect((await refusal(zip)).code).toBe('zip_layout');
  });

  it('refuses a zip that is not a workbook, and a truncated one', async () => {
    expect((await refusal(buildZip([{ name: 'word/document.xml', data: Buffer.from('x') }]))).code).toBe(
      'zip_not_xlsx',
    );
    const whole = buildZip(xlsxSkeleton());
    expect((await refusal(whole.subarray(0, whole.length - 30))).code).toBe('zip_corrupt');
  });

  it('refuses a 50 MB file by its size before reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-upload-'));
    const path = join(dir, 'huge.xlsx');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    expect(() => readUpload(path, defaultSpreadsheetLimits)).toThrow(/超过上限 30\.0 MB/);
  });
});
