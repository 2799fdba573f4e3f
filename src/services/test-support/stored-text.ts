/**
 * Reads a stored test output (a golden file) for tests of the pure core, which may not touch the
 * file system itself (architecture.md rule 1).
 */
import { readFileSync } from 'node:fs';

export function readStoredText(url: URL): string {
  return readFileSync(url, 'utf8');
}
