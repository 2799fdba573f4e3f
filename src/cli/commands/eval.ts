/**
 * `lantu eval --method sdg|cn` — JSON lines in, JSON lines out (README §eval).
 * Exit code 1 when any line was malformed; every other line is still evaluated.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { DomainError } from '../../contracts/domain-error';
import { dateSchema } from '../../contracts/plan-package';
import { type EvalMethod, evaluateLine } from '../../services/plans/ad-hoc-eval';

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .option('--method <method>', 'sdg | cn', 'cn')
    .option('--data-as-of <date>', '只用此日期(YYYY-MM-DD)前发布的数据 / only data published by this date')
    .description('逐行评估标准输入中的 JSON 序列 / evaluate JSON lines from standard input')
    .action(async (opts: { method: string; dataAsOf?: string }) => {
      const dataAsOf = opts.dataAsOf;
      if (dataAsOf !== undefined && !dateSchema.safeParse(dataAsOf).success) {
        throw new DomainError('bad_option', {
          zh: `--data-as-of 应为 YYYY-MM-DD 日期,收到「${dataAsOf}」`,
          en: `--data-as-of must be a YYYY-MM-DD date, got "${dataAsOf}"`,
        });
      }
      if (opts.method !== 'sdg' && opts.method !== 'cn') {
        throw new DomainError('bad_option', {
          zh: `--method 只能是 sdg 或 cn,收到「${opts.method}」`,
          en: `--method must be sdg or cn, got "${opts.method}"`,
        });
      }
      const method: EvalMethod = opts.method;
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      let lineNo = 0;
      let failed = false;
      for await (const text of lines) {
        lineNo += 1;
        if (text.trim() === '') continue;
        const result = evaluateLine(method, text, lineNo, dataAsOf === undefined ? {} : { dataAsOf });
        if ('error' in result) failed = true;
        process.stdout.write(`${JSON.stringify(result)}\n`);
      }
      if (failed) process.exitCode = 1;
    });
}
