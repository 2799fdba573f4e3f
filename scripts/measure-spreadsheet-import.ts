/**
 * The figures of docs/spreadsheets.md: rows per second and peak memory importing a 100,000-row
 * observation table as CSV and as .xlsx, each in a fresh process so the peak belongs to that import.
 * Usage: npx tsx scripts/measure-spreadsheet-import.ts [rows]   (default 100000)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readCsvTable } from '../src/io/csv/observation-table';
import { importObservationFile } from '../src/io/importers/observation-file-import';
import { readObservationSheet } from '../src/io/xlsx/observation-sheet';

const hebiPlan = () => openPlan('hebi-etdz-14th');

import { openPlan } from '../src/services/plan-package/plan-catalog';

const measures = ['当期值', '累计值', '同比增速', '累计同比增速'];
const header = ['指标编号', '期间', '数值', '口径', '来源'];

function row(i: number, codes: readonly string[]): (string | number)[] {
  const month = Math.floor(i / codes.length) % 1200;
  const period = `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  const measure = measures[Math.floor(i / (codes.length * 1200)) % measures.length] ?? '当期值';
  return [
    codes[i % codes.length] ?? 'T01',
    period,
    Math.round(((i * 7919) % 100000) * 1.37) / 100,
    measure,
    '统计月报',
  ];
}

async function generate(dir: string, rows: number): Promise<{ csv: string; xlsx: string }> {
  const codes = hebiPlan().indicators.map((i) => i.code);
  const csv = join(dir, 'observations.csv');
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i++) lines.push(row(i, codes).join(','));
  writeFileSync(csv, `\uFEFF${lines.join('\r\n')}\r\n`);
  const xlsx = join(dir, 'observations.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const ws = writer.addWorksheet('数据');
  ws.addRow(header).commit();
  for (let i = 0; i < rows; i++) ws.addRow(row(i, codes)).commit();
  ws.commit();
  await writer.commit();
  return { csv, xlsx };
}

/** Reading alone, rows counted and dropped: shows the reader streams (memory flat in the row count). */
async function readOnly(path: string): Promise<{ rows: number; accepted: number }> {
  const bytes = readFileSync(path);
  const table = path.endsWith('.xlsx') ? await readObservationSheet(bytes) : readCsvTable(bytes);
  let rows = 0;
  for await (const _row of table.rows) rows += 1;
  return { rows, accepted: 0 };
}

async function importAll(path: string): Promise<{ rows: number; accepted: number }> {
  const result = await importObservationFile(path, {
    indicators: hebiPlan().indicators,
    defaultSource: 'bench',
  });
  return { rows: result.accepted.length + result.rejected.length, accepted: result.accepted.length };
}

async function child(path: string, mode: string): Promise<void> {
  hebiPlan();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const { rows, accepted } = mode === 'read' ? await readOnly(path) : await importAll(path);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(
    `${JSON.stringify({ mode, rows, accepted, seconds, rowsPerSecond: rows / seconds, rssBeforeMb: before / 2 ** 20, peakRssMb: peak / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

if (process.argv[2] === '--child') {
  await child(process.argv[3] ?? '', process.argv[4] ?? 'import');
} else {
  const rows = Number(process.argv[2] ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'lantu-measure-'));
  const files = await generate(dir, rows);
  for (const mode of ['import', 'read']) {
    for (const [format, path] of Object.entries(files)) {
      const args = ['--import', 'tsx', import.meta.filename, '--child', path, mode];
      const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const size = (statSync(path).size / 2 ** 20).toFixed(1);
      console.log(`${format} (${size} MB): ${run.stdout.trim() || run.stderr}`);
    }
  }
}
