/**
 * Reads the JSON files of a plan package folder. Syntax errors become issues with line and
 * column, so `plan validate` can report every broken file at once instead of stopping at the first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputIssue } from '../../contracts/issue';

export interface PackageFiles {
  /** Parsed JSON by file name; files that failed to parse are absent. */
  json: Map<string, unknown>;
  issues: InputIssue[];
}

/** `observations.json`, `observations.demo.json`, `observations-2024.json` … */
export const observationFilePattern = /^observations([.-][\w-]+)*\.json$/;

export function readPackageFiles(dir: string): PackageFiles {
  const json = new Map<string, unknown>();
  const issues: InputIssue[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.push({
      file: dir,
      item: null,
      field: null,
      code: 'package_not_found',
      severity: 'error',
      message: { zh: '规划包目录不存在', en: 'plan package folder does not exist' },
    });
    return { json, issues };
  }
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
    try {
      json.set(name, JSON.parse(text));
    } catch (error) {
      issues.push(jsonSyntaxIssue(name, text, error));
    }
  }
  return { json, issues };
}

function jsonSyntaxIssue(file: string, text: string, error: unknown): InputIssue {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  let where = '';
  if (position?.[1]) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    where = `line ${line}, column ${column}`;
  }
  return {
    file,
    item: null,
    field: where || null,
    code: 'json_syntax',
    severity: 'error',
    message: { zh: `JSON 语法错误:${message}`, en: `JSON syntax error: ${message}` },
  };
}
