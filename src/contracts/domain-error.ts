/**
 * Errors of the domain: a stable snake_case code, a bilingual message, and the input issues
 * that caused it. The server maps them to problem+json; the CLI prints them and exits non-zero.
 */
import type { Bilingual, InputIssue } from './issue';

export class DomainError extends Error {
  readonly code: string;
  readonly messages: Bilingual;
  readonly issues: readonly InputIssue[];
  /** Extra facts a client needs to recover, e.g. the current version after a conflict. */
  readonly details: Record<string, unknown>;

  constructor(
    code: string,
    messages: Bilingual,
    issues: readonly InputIssue[] = [],
    details: Record<string, unknown> = {},
  ) {
    super(`${messages.zh} / ${messages.en}`);
    this.name = 'DomainError';
    this.code = code;
    this.messages = messages;
    this.issues = issues;
    this.details = details;
  }
}

/** A stale write (optimistic concurrency): 409 with the version the client must reload. */
export function versionConflict(currentVersion: number): DomainError {
  return new DomainError(
    'version_conflict',
    {
      zh: `数据已被他人修改(当前版本 ${currentVersion}),请刷新后重试`,
      en: `changed by someone else (current version ${currentVersion}); reload and try again`,
    },
    [],
    { currentVersion },
  );
}

/** An evaluation date that is not a period (2023, 2023-Q3, 2023-09). */
export function badAsOf(text: string): DomainError {
  return new DomainError('bad_as_of', {
    zh: `评估期间「${text}」格式不对,应为 2023、2023-Q3 或 2023-09`,
    en: `evaluation period "${text}" is malformed; use 2023, 2023-Q3 or 2023-09`,
  });
}

export function notFound(code: string, zh: string, en: string): DomainError {
  return new DomainError(code, { zh, en });
}

/** An error about one field of a request body, listed as an input issue for the client. */
export function fieldError(field: string, code: string, zh: string, en: string): DomainError {
  return new DomainError(code, { zh, en }, [
    { file: 'body', item: null, field, code, severity: 'error', message: { zh, en } },
  ]);
}
