/**
 * Errors of the domain: a stable snake_case code, a bilingual message, and the input issues
 * that caused it. The server maps them to problem+json; the CLI prints them and exits non-zero.
 */
import type { Bilingual, InputIssue } from '../contracts/issue';

export class DomainError extends Error {
  readonly code: string;
  readonly messages: Bilingual;
  readonly issues: readonly InputIssue[];

  constructor(code: string, messages: Bilingual, issues: readonly InputIssue[] = []) {
    super(`${messages.zh} / ${messages.en}`);
    this.name = 'DomainError';
    this.code = code;
    this.messages = messages;
    this.issues = issues;
  }
}
