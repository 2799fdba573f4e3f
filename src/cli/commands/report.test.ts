/**
 * `lantu report` in-process (main.ts registers it; here a bare program does, so the command is
 * tested on its own): it writes the chosen format and refuses unknown options with a clear error.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../contracts/domain-error';
import { registerReportCommand } from './report';

function program(): Command {
  const p = new Command('lantu').option('--lang <lang>').exitOverride();
  registerReportCommand(p);
  return p;
}

const dir = mkdtempSync(join(tmpdir(), 'lantu-report-cli-'));
const run = (args: string[]) => program().parseAsync(['node', 'lantu', 'report', ...args]);

describe('lantu report', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes an HTML mid-term report with the office’s problems, the format taken from --out', async () => {
    const out = join(dir, '中期评估.html');
    const problems = join(dir, 'problems.md');
    writeFileSync(problems, '\uFEFF- 财政收入增长乏力');
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    await run([
      'hebi-etdz-14th',
      '--as-of',
      '2023',
      '--kind',
      'midterm',
      '--out',
      out,
      '--problems',
      problems,
    ]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>鹤壁经开区“十四五”规划纲要实施中期评估报告</title>');
    expect(html).toContain('<p class="body">财政收入增长乏力</p>');
    expect(html).toContain('(待规划办填写)');
    expect(printed.join('')).toContain('⚠ 本报告使用示例数据(模拟)');
    expect(printed.join('')).toContain(`→ ${out} (html,`);
  });

  it('writes English on --lang en and no demo label on published data', async () => {
    const out = join(dir, 'final.html');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await run([
      'hebi-etdz-14th',
      '--as-of',
      '2025',
      '--kind',
      'final',
      '--format',
      'html',
      '--out',
      out,
      '--lang',
      'en',
      '--dataset',
      'published',
    ]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Final Evaluation Report');
    expect(html).not.toContain('demo data (simulated)');
  });

  it('refuses an unknown kind, format or missing narrative file', async () => {
    const out = join(dir, 'x.html');
    await expect(
      run(['hebi-etdz-14th', '--as-of', '2023', '--kind', 'yearly', '--out', out]),
    ).rejects.toThrow(DomainError);
    await expect(
      run(['hebi-etdz-14th', '--as-of', '2023', '--kind', 'final', '--out', join(dir, 'x.txt')]),
    ).rejects.toThrow(/--format/);
    await expect(
      run([
        'hebi-etdz-14th',
        '--as-of',
        '2023',
        '--kind',
        'final',
        '--out',
        out,
        '--next-steps',
        join(dir, 'missing.md'),
      ]),
    ).rejects.toThrow(DomainError);
  });
});
