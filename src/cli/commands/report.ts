/**
 * `lantu report <plan> --as-of 2023 --kind midterm --format docx --out 中期评估.docx` — the first
 * draft of an evaluation report (年度监测 / 中期评估 / 总结评估) in Word, PDF or HTML, with every
 * number from the same evaluation as `lantu evaluate` (docs/reports.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../../contracts/domain-error';
import {
  buildReportModel,
  type ReportKind,
  renderReport,
  reportFormats,
  reportInputFromPackage,
} from '../../services/evaluation-report';
import { openPlan } from '../../services/plan-package/plan-catalog';
import { langOf, parseAsOf, parseDataset, parseFormat, print } from '../context';

interface ReportOptions {
  asOf: string;
  kind: string;
  format?: string;
  out: string;
  dataset: string;
  problems?: string;
  nextSteps?: string;
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .argument('<plan>', '规划编号或规划包目录 / plan code or package folder')
    .requiredOption('--as-of <period>', '评估期间 2023 | 2023-Q3 | 2023-09 / evaluation date')
    .requiredOption('--kind <kind>', 'annual 年度监测 | midterm 中期评估 | final 总结评估 / kind of report')
    .requiredOption('--out <file>', '输出文件 / output file')
    .option('--format <format>', 'docx | pdf | html(默认取 --out 的扩展名 / default: from --out)')
    .option('--dataset <set>', '数据集 all | published | demo / which observations to use', 'all')
    .option('--problems <file.md>', '“存在问题”一节的文字 / text of the problems section')
    .option('--next-steps <file.md>', '“下一步建议”一节的文字 / text of the next-steps section')
    .description('生成评估报告初稿(Word、PDF 或 HTML)/ draft an evaluation report')
    .action(async (planArg: string, opts: ReportOptions, command: Command) => {
      const format = parseFormat(opts.format ?? extname(opts.out).slice(1).toLowerCase(), reportFormats);
      const kind = parseKind(opts.kind);
      const dataset = parseDataset(opts.dataset);
      const plan = openPlan(planArg);
      const narrative = { problems: readText(opts.problems), nextSteps: readText(opts.nextSteps) };
      const input = reportInputFromPackage(
        plan,
        parseAsOf(opts.asOf),
        kind,
        langOf(command),
        narrative,
        generatedAt(),
        dataset,
      );
      const model = buildReportModel(input);
      const bytes = await renderReport(model, format);
      writeFileSync(opts.out, bytes);
      if (model.demoNotice !== null) print(`⚠ ${model.demoNotice}`);
      print(
        `${model.title} ${model.subtitle} → ${opts.out} (${format}, ${Math.round(bytes.length / 1024)} KB)`,
      );
    });
}

/** Now, or SOURCE_DATE_EPOCH when set, so a build can regenerate a report byte for byte. */
function generatedAt(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return (
    process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date()
  ).toISOString();
}

function readText(file: string | undefined): string {
  if (file === undefined) return '';
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new DomainError('file_not_readable', {
      zh: `无法读取文件「${file}」`,
      en: `cannot read file "${file}"`,
    });
  }
}

function parseKind(value: string): ReportKind {
  if (value === 'annual' || value === 'midterm' || value === 'final') return value;
  throw new DomainError('bad_option', {
    zh: `--kind 只能是 annual、midterm 或 final,收到「${value}」`,
    en: `--kind must be annual, midterm or final, got "${value}"`,
  });
}
