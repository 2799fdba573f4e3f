/**
 * Real spreadsheet software reads what Lantu writes: LibreOffice converts the exported workbooks to
 * CSV and the content must be there. Skipped, saying so, when `soffice` is not installed (CI installs
 * libreoffice-calc-nogui later).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hebiPlan } from '../importers/test-support/hebi-plan';
import { writePlanWorkbook } from './plan-workbook-write';
import { demoNotice, writeTableXlsx } from './table-export';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice)
  console.warn(
    'soffice not found: skipping the LibreOffice read-back tests (apt-get install libreoffice-calc-nogui)',
  );

/**
 * CSV filter options: comma, double quote, UTF-8 (76), from row 1, text quoted only when needed; the
 * last option is the sheet — 1 for the first, -1 for every sheet to `<name>-<sheet>.csv` (LibreOffice 7.2+).
 */
const csvFilter = (sheet: number) =>
  `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`;

function convert(bytes: Buffer, filter: string): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-soffice-'));
  try {
    writeFileSync(join(dir, 'book.xlsx'), bytes);
    // A private profile, so a parallel test or a running LibreOffice cannot lock this one.
    const profile = `-env:UserInstallation=file://${dir}/profile`;
    const args = [
      profile,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      join(dir, 'out'),
      join(dir, 'book.xlsx'),
    ];
    execFileSync('soffice', args, { stdio: 'ignore', timeout: 120_000 });
    const out = join(dir, 'out');
    return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasSoffice)('LibreOffice reads the exported workbooks', () => {
  it('reads a table export: title, demo notice, headers, numbers and defused text', async () => {
    const bytes = await writeTableXlsx({
      title: '主要指标完成情况',
      containsDemo: true,
      columns: [
        { header: '指标', value: (r: { name: string; value: number }) => r.name },
        { header: '完成值', value: (r) => r.value, numFmt: '0.00' },
      ],
      rows: [
        { name: '地区生产总值', value: 128.6 },
        { name: '=1+1', value: -5 },
      ],
    });
    const [csv] = [...convert(bytes, csvFilter(1)).values()];
    expect(csv?.split('\n').slice(0, 5)).toEqual([
      '主要指标完成情况,',
      `"${demoNotice}",`,
      '指标,完成值',
      '地区生产总值,128.6',
      "'=1+1,-5",
    ]);
  }, 180_000);

  it('reads every sheet of the Hebi plan workbook', async () => {
    const pkg = hebiPlan();
    const sheets = convert(await writePlanWorkbook(pkg), csvFilter(-1));
    const indicators = sheets.get('book-主要指标.csv') ?? '';
    expect(indicators.split('\n')[1]).toMatch(/^code,tableNo,name,nameEn,unit,/);
    expect(indicators).toContain(
      'T01,1,地区生产总值,Gross regional product (GDP),亿元,economy,表1,CH4,预期性,复合增长水平值,越大越好,2020,83.14,2025,160,不低于,160,14',
    );
    const observations = (sheets.get('book-观测值.csv') ?? '').trim().split('\n');
    const count = pkg.observationSets.reduce((n, s) => n + s.observations.length, 0);
    expect(observations).toHaveLength(count + 2);
    expect(sheets.get('book-说明.csv')).toContain('填写说明');
  }, 180_000);
});
