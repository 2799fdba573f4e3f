/**
 * `lantu workbook …` and `lantu import …` run in-process through commander, with stdout, stderr and
 * the exit code captured as a person would see them.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPlanPackage } from '../../io/importers/plan-package-load';
import { hebiDir, hebiPlanWithoutTasks } from '../../io/importers/test-support/hebi-plan';
import { reportError } from '../context';
import { registerImportCommand } from './import';
import { registerWorkbookCommands } from './workbook';

let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function lantu(...args: string[]): Promise<number> {
  const program = new Command('lantu').option('--lang <lang>').exitOverride();
  registerWorkbookCommands(program);
  registerImportCommand(program);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    reportError(error);
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return code;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lantu-cli-'));
}

describe('lantu workbook', () => {
  it('exports the Hebi plan and imports it back into an equal package folder', async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'hebi.xlsx');
    expect(await lantu('workbook', 'export', hebiDir, '--out', xlsx)).toBe(0);
    expect(out).toContain('已导出');
    const pkgDir = join(dir, 'pkg');
    expect(await lantu('workbook', 'import', xlsx, '--out', pkgDir)).toBe(0);
    const loaded = loadPlanPackage(pkgDir);
    expect(loaded.issues).toEqual([]);
    expect(loaded.plan).toStrictEqual(hebiPlanWithoutTasks());
  });

  it('lists every problem of a bad workbook, writes nothing and exits 1', async () => {
    const dir = tempDir();
    const xlsx = join(dir, 'bad.xlsx');
    writeFileSync(xlsx, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]));
    expect(await lantu('workbook', 'import', xlsx, '--out', join(dir, 'pkg'))).toBe(1);
    expect(err).toContain('这是旧版 .xls 文件');
    const template = join(dir, 'template.xlsx');
    expect(await lantu('workbook', 'template', '--out', template)).toBe(0);
    expect(await lantu('workbook', 'import', template, '--out', join(dir, 'pkg'))).toBe(1);
    expect(err).toMatch(/工作簿有 \d+ 个问题,未写出规划包/);
    expect(err).toContain('规划信息 › 第4行 / row 4 › 规划编号 (C)');
    expect(existsSync(join(dir, 'pkg'))).toBe(false);
  });
});

describe('lantu import', () => {
  const csv = [
    '指标名称,年份,数值',
    '地区生产总值,2022,110.5',
    '一般公共预算收入,明年,5',
    '城镇调查失业率,2022,—',
  ].join('\n');

  it('prints every row, writes the accepted ones as a published observation set', async () => {
    const dir = tempDir();
    const file = join(dir, 'stats.csv');
    writeFileSync(file, csv);
    const target = join(dir, 'observations-2022.json');
    expect(await lantu('import', file, '--plan', hebiDir, '--source', '统计公报', '--out', target)).toBe(0);
    expect(out).toContain('第2行 row 2 ✓ T01 2022 当期值 110.5');
    expect(out).toContain('第3行 row 3 ✗ 年份 (B): 无法识别的期间「明年」');
    expect(out).toContain('第4行 row 4 – 数值为空或为“—”,跳过');
    expect(out).toContain('接受 1 行,拒绝 1 行,跳过 1 行');
    const written = JSON.parse(readFileSync(target, 'utf8'));
    expect(written).toMatchObject({
      dataset: 'published',
      observations: [
        { indicator: 'T01', period: '2022', measure: 'level', value: 110.5, source: '统计公报' },
      ],
    });
  });

  it('writes nothing in strict mode when a row is rejected, and exits 1', async () => {
    const dir = tempDir();
    const file = join(dir, 'stats.csv');
    writeFileSync(file, csv);
    const target = join(dir, 'observations-2022.json');
    expect(await lantu('import', file, '--plan', hebiDir, '--source', 'x', '--strict', '--out', target)).toBe(
      1,
    );
    expect(err).toContain('严格模式');
    expect(existsSync(target)).toBe(false);
  });

  it('exits 1 naming the missing columns, and takes a mapping for unknown headers', async () => {
    const dir = tempDir();
    const file = join(dir, 'odd.csv');
    writeFileSync(file, '统计项目,报告期,完成数\n地区生产总值,2021,95.2\n');
    expect(await lantu('import', file, '--plan', hebiDir, '--source', 'x')).toBe(1);
    expect(err).toContain('找不到必需的列');
    const mapping = JSON.stringify({ 统计项目: 'name', 报告期: 'period', 完成数: 'value' });
    out = '';
    expect(
      await lantu(
        'import',
        file,
        '--plan',
        hebiDir,
        '--source',
        'x',
        '--mapping',
        mapping,
        '--format',
        'json',
      ),
    ).toBe(0);
    expect(JSON.parse(out).accepted[0].observation.value).toBe(95.2);
  });
});
