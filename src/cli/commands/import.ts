/**
 * `lantu import <file.csv|xlsx> --plan <plan>` — historic observations from a statistics table. Every
 * row is reported (accepted, skipped, or rejected with its column and reason in Chinese and English);
 * the accepted rows become an observation set file of the plan package (dataset "published").
 * --strict writes nothing when any row is rejected.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { DomainError } from '../../contracts/domain-error';
import { formatIssue } from '../../contracts/issue';
import { observationsFileSchema } from '../../contracts/plan-package';
import type { ColumnMapping } from '../../io/importers/observation-columns';
import { type FileImportResult, importObservationFile } from '../../io/importers/observation-file-import';
import { toObservationsFile } from '../../io/importers/observation-import';
import { observationFilePattern } from '../../io/plan-package/read-package-files';
import { defaultSpreadsheetLimits } from '../../io/spreadsheet-safety/limits';
import { measureLabels } from '../../io/xlsx/enum-labels';
import { openPlan } from '../../services/plan-package/plan-catalog';
import { parseFormat, print } from '../context';
import { renderJson } from '../output';

interface ImportOptions {
  plan: string;
  mapping?: string;
  sheet?: string;
  source?: string;
  label?: string;
  strict?: boolean;
  out?: string;
  force?: boolean;
  quiet?: boolean;
  format: string;
  maxMb?: string;
}

/** Progress is worth showing from this many rows on, and only to a person at a terminal. */
const progressFrom = 5000;

function parseMapping(text: string | undefined): ColumnMapping | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('bad_option', {
    zh: `--mapping 应为 JSON 对象,如 '{"统计项目":"name","报告期":"period"}'`,
    en: `--mapping must be a JSON object, e.g. '{"Item":"name","Period":"period"}'`,
  });
}

function progressBar(): {
  start: (total: number | null) => void;
  update: (n: number) => void;
  stop: () => void;
} {
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(total) {
      if (!process.stdout.isTTY || total === null || total < progressFrom) return;
      bar = new cliProgress.SingleBar(
        {
          format: '导入 importing {bar} {value}/{total} 行 rows',
          hideCursor: true,
          clearOnComplete: true,
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    update(n) {
      bar?.update(Math.min(n, bar.getTotal()));
    },
    stop() {
      bar?.stop();
    },
  };
}

function printRows(result: FileImportResult, quiet: boolean): void {
  type Line = { row: number; text: string };
  const lines: Line[] = [];
  if (!quiet) {
    for (const a of result.accepted) {
      const o = a.observation;
      const notes = a.notes.map((n) => ` (${n.zh} / ${n.en})`).join('');
      lines.push({
        row: a.row,
        text: `✓ ${o.indicator} ${o.period} ${measureLabels[o.measure] ?? o.measure} ${o.value}${notes}`,
      });
    }
    for (const s of result.skipped) lines.push({ row: s.row, text: `– ${s.reason.zh} / ${s.reason.en}` });
  }
  for (const r of result.rejected) {
    for (const p of r.problems)
      lines.push({ row: r.row, text: `✗ ${p.column}: ${p.message.zh} / ${p.message.en}` });
  }
  lines.sort((a, b) => a.row - b.row);
  for (const line of lines) print(`第${line.row}行 row ${line.row} ${line.text}`);
}

function summary(result: FileImportResult, file: string): string {
  const where = result.format === 'csv' ? `CSV, ${result.encoding}` : `xlsx, 工作表 sheet ${result.sheet}`;
  return [
    `${file} (${where}):接受 ${result.accepted.length} 行,拒绝 ${result.rejected.length} 行,跳过 ${result.skipped.length} 行(无数值),空行 ${result.blankRows}`,
    `accepted ${result.accepted.length}, rejected ${result.rejected.length}, skipped ${result.skipped.length} (no value), blank ${result.blankRows}`,
  ].join('\n');
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .argument('<file>', '观测值表格 .csv 或 .xlsx / an observation table, .csv or .xlsx')
    .requiredOption('--plan <plan>', '规划编号或规划包目录 / plan code or package folder')
    .option('--mapping <json>', '表头到字段的映射 / header → field, e.g. {"统计项目":"name"}')
    .option('--sheet <name>', '工作表名称(默认第一个)/ worksheet (default: the first)')
    .option('--source <text>', '没有“来源”列时的数据来源 / source for rows without one')
    .option('--label <text>', '数据集名称 / data set label')
    .option('--strict', '有任何一行被拒绝就不写出 / write nothing if any row is rejected')
    .option('--out <file>', '写出的观测数据集文件,如 observations-2023.json / observation set file to write')
    .option('--force', '覆盖已存在的输出文件 / overwrite an existing output file')
    .option('--quiet', '只列出被拒绝的行 / list rejected rows only')
    .option('--format <format>', 'text | json', 'text')
    .option('--max-mb <n>', `文件大小上限(MB),默认 ${defaultSpreadsheetLimits.maxFileBytes / 1024 / 1024}`)
    .description('导入历史观测值并逐行校验 / import historic observations, checked row by row')
    .action(async (file: string, opts: ImportOptions) => {
      const format = parseFormat(opts.format, ['text', 'json'] as const);
      const mapping = parseMapping(opts.mapping);
      const pkg = openPlan(opts.plan);
      const maxMb = opts.maxMb === undefined ? null : Number(opts.maxMb);
      const limits =
        maxMb !== null && Number.isFinite(maxMb) && maxMb > 0
          ? { ...defaultSpreadsheetLimits, maxFileBytes: maxMb * 1024 * 1024 }
          : defaultSpreadsheetLimits;
      // With --format json, stdout carries the JSON only; remarks go to stderr.
      const note = (text: string) => (format === 'json' ? process.stderr.write(`${text}\n`) : print(text));
      const bar = progressBar();
      const result = await importObservationFile(file, {
        indicators: pkg.indicators,
        mapping,
        sheet: opts.sheet,
        defaultSource: opts.source,
        limits,
        onStart: (rows) => bar.start(rows),
        onRow: (n) => bar.update(n),
      });
      bar.stop();

      if (format === 'json') print(renderJson(result));
      else {
        printRows(result, opts.quiet === true);
        // Row problems are printed with their rows above; what remains concerns the whole file.
        for (const issue of result.issues.filter((i) => i.field === null)) {
          process.stderr.write(`${formatIssue(issue)}\n`);
        }
        print(summary(result, basename(file)));
      }

      const fileProblem = result.issues.some((i) => i.severity === 'error' && i.field === null);
      if (fileProblem || result.headerRow === null) {
        process.exitCode = 1;
        return;
      }
      if (opts.strict && result.rejected.length > 0) {
        process.stderr.write(
          `严格模式:有 ${result.rejected.length} 行被拒绝,未写出文件 / strict mode: ${result.rejected.length} row(s) rejected, nothing written\n`,
        );
        process.exitCode = 1;
        return;
      }
      if (!opts.out) {
        note('未指定 --out,仅校验,未写出文件 / no --out given: checked only, nothing written');
        return;
      }
      if (existsSync(opts.out) && !opts.force) {
        throw new DomainError('file_exists', {
          zh: `${opts.out} 已存在;如需覆盖请加 --force`,
          en: `${opts.out} exists; pass --force to overwrite it`,
        });
      }
      const set = observationsFileSchema.parse(
        toObservationsFile(result, {
          label: opts.label ?? `导入:${basename(file)}`,
          labelEn: `Imported from ${basename(file)}`,
          description: `由 lantu import 从 ${basename(file)} 导入 ${result.accepted.length} 条观测值。Imported by lantu import from ${basename(file)}.`,
        }),
      );
      writeFileSync(opts.out, `${JSON.stringify(set, null, 2)}\n`);
      note(
        `已写出 ${opts.out}(${set.observations.length} 条)/ wrote ${opts.out} (${set.observations.length} observations)`,
      );
      if (!observationFilePattern.test(basename(opts.out))) {
        note(
          '提示:放入规划包目录时请命名为 observations-*.json / hint: name it observations-*.json inside a package folder',
        );
      }
    });
}
