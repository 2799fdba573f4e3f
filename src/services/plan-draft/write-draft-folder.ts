/**
 * A draft on disk: the package files (plan.json marked `draft: true`), candidates.json with every
 * candidate and its quote, document.txt (the lines the quotes point into) and problems.json. Like
 * every package write it refuses a folder that already holds one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePlanPackageFolder } from '../plan-package/plan-package-write';
import type { DraftResult } from './draft-document';

export function writeDraftFolder(result: DraftResult, dir: string): string[] {
  const written = writePlanPackageFolder(result.pkg, dir);
  const extra: [string, string][] = [
    ['candidates.json', `${JSON.stringify(result.candidates, null, 2)}\n`],
    ['problems.json', `${JSON.stringify({ issues: result.issues }, null, 2)}\n`],
    ['document.txt', `${result.lines.join('\n')}\n`],
  ];
  for (const [name, content] of extra) writeFileSync(join(dir, name), content);
  return [...written, ...extra.map(([name]) => name)];
}
