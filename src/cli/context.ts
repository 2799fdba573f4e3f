/**
 * What every command needs: the language, and a way to print and fail that is the same everywhere.
 */
import type { Command } from 'commander';
import { badAsOf, DomainError } from '../contracts/domain-error';
import { formatIssue } from '../contracts/issue';
import type { DatasetChoice } from '../core/observation-layers';
import { isPeriodText } from '../core/period';
import type { Lang } from '../i18n/translate';

export function langOf(command: Command): Lang {
  const opts = command.optsWithGlobals<{ lang?: string }>();
  const lang = opts.lang ?? process.env.LANTU_LANG ?? 'zh';
  return lang.startsWith('en') ? 'en' : 'zh';
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Prints an error the way users read them — Chinese, then English, then every issue — and sets the exit code. */
export function reportError(error: unknown): void {
  if (error instanceof DomainError) {
    process.stderr.write(`错误 error [${error.code}]: ${error.messages.zh}\n  ${error.messages.en}\n`);
    for (const issue of error.issues) process.stderr.write(`  - ${formatIssue(issue)}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 1;
}

export function parseFormat<F extends string>(value: string, allowed: readonly F[]): F {
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new DomainError('bad_option', {
    zh: `--format 只能是 ${allowed.join('、')},收到「${value}」`,
    en: `--format must be one of ${allowed.join(', ')}, got "${value}"`,
  });
}

export function parseDataset(value: string): DatasetChoice {
  if (value === 'all' || value === 'demo' || value === 'published') return value;
  throw new DomainError('bad_option', {
    zh: `--dataset 只能是 all、published 或 demo,收到「${value}」`,
    en: `--dataset must be all, published or demo, got "${value}"`,
  });
}

/**
 * The evaluation date of a command, checked here once at the CLI's edge (the API checks its own in
 * the query schema): the services take it as given.
 */
export function parseAsOf(value: string): string {
  if (isPeriodText(value)) return value;
  throw badAsOf(value);
}
