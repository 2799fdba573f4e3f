/**
 * Puts the server's field issues (problem+json `issues[].field`) next to the form fields they name,
 * so a person sees each problem where it is, not only in a summary.
 */
import type { FormInstance } from 'antd';
import type { Bilingual } from '../../../src/contracts/issue';
import { ApiError } from '../api/client';

export function showFieldIssues(
  form: FormInstance,
  error: unknown,
  text: (b: Bilingual) => string,
  known: readonly string[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  const byField = new Map<string, string[]>();
  for (const issue of error.issues) {
    if (!issue.field || !known.includes(issue.field)) continue;
    byField.set(issue.field, [...(byField.get(issue.field) ?? []), text(issue.message)]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
