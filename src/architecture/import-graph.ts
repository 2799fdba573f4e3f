/**
 * Reads the import graph of the TypeScript sources: every `import … from`, `import type`, side-effect
 * import, `export … from` re-export and dynamic `import('…')`, with the line it stands on. A small
 * scanner instead of the compiler: the repository uses the native TypeScript 7 compiler, which has no
 * JavaScript API, and module specifiers are plain string literals.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type ImportKind = 'import' | 'import-type' | 'export-from' | 'dynamic' | 'side-effect';

export interface ImportEdge {
  /** Importing file, relative to the repository root with forward slashes. */
  readonly from: string;
  readonly line: number;
  readonly specifier: string;
  readonly kind: ImportKind;
  /** The file a relative specifier resolves to (repository-relative), or null for a package. */
  readonly target: string | null;
}

/**
 * Blanks comments and the contents of every string and template literal (newlines kept, so offsets and
 * line numbers stay), and records each plain string literal's value by the offset of its opening quote.
 * Import-shaped text inside a comment or a string can then never be read as an import.
 */
export function maskSource(text: string): { masked: string; strings: Map<number, string> } {
  const out: string[] = [];
  const strings = new Map<number, string>();
  const blank = (ch: string) => (ch === '\n' ? '\n' : ' ');
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (ch === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') {
        out.push(' ');
        i += 1;
      }
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      for (; i < stop; i += 1) out.push(blank(text[i] ?? ''));
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const start = i;
      let value = '';
      out.push(ch);
      i += 1;
      while (i < text.length && text[i] !== ch) {
        if (text[i] === '\\') {
          value += text[i + 1] ?? '';
          out.push(' ', blank(text[i + 1] ?? ''));
          i += 2;
          continue;
        }
        if (ch !== '`' && text[i] === '\n') break;
        value += text[i];
        out.push(blank(text[i] ?? ''));
        i += 1;
      }
      if (i < text.length) out.push(text[i] ?? '');
      i += 1;
      if (ch !== '`') strings.set(start, value);
    } else {
      out.push(ch);
      i += 1;
    }
  }
  return { masked: out.join(''), strings };
}

const PATTERNS: ReadonlyArray<{ kind: ImportKind; pattern: RegExp }> = [
  // `import type { A } from 'x'` and `import type A from 'x'`
  { kind: 'import-type', pattern: /\bimport\s+type\b[^;'"`]*?\bfrom\s*(['"])/g },
  // `import A, { b } from 'x'`, `import * as A from 'x'` (a type-only one was matched above)
  { kind: 'import', pattern: /\bimport\s+(?!type\b)[\w$*{][^;'"`]*?\bfrom\s*(['"])/g },
  { kind: 'side-effect', pattern: /\bimport\s*(['"])/g },
  { kind: 'export-from', pattern: /\bexport\s+(?:type\s+)?[*{][^;'"`]*?\bfrom\s*(['"])/g },
  { kind: 'dynamic', pattern: /\bimport\s*\(\s*(['"])/g },
];

/** The module specifiers a source text imports, each with its 1-based line and kind. */
export function parseImports(text: string): Array<{ line: number; specifier: string; kind: ImportKind }> {
  const { masked, strings } = maskSource(text);
  const found: Array<{ offset: number; specifier: string; kind: ImportKind }> = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of masked.matchAll(pattern)) {
      const quoteAt = (match.index ?? 0) + match[0].length - 1;
      const specifier = strings.get(quoteAt);
      // `import type X = require(…)` and the like have no string here; nothing to record.
      if (specifier !== undefined) found.push({ offset: match.index ?? 0, specifier, kind });
    }
  }
  found.sort((a, b) => a.offset - b.offset);
  return found.map(({ offset, specifier, kind }) => ({
    line: masked.slice(0, offset).split('\n').length,
    specifier,
    kind,
  }));
}

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

/** The file a relative specifier names, trying the extensions the bundler resolution tries. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), ...EXTENSIONS.map((ext) => base + ext)];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  // An unresolved relative import is reported by the caller through `target: null` on a '.' path.
  return hit ?? null;
}

/**
 * Every .ts/.tsx file under the given folders (absolute paths), skipping node_modules, build output and
 * fixtures (inputs that tests copy elsewhere, such as the OpenAPI client program, not code of a room).
 */
export function listSources(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'fixtures') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) files.push(path);
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files.sort();
}

export function toRepoPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** The import edges of every file under `folders`, paths relative to `root`. */
export function readImportGraph(root: string, folders: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of listSources(root, folders)) {
    const from = toRepoPath(root, file);
    for (const { line, specifier, kind } of parseImports(readFileSync(file, 'utf8'))) {
      const resolved = resolveSpecifier(file, specifier);
      edges.push({ from, line, specifier, kind, target: resolved ? toRepoPath(root, resolved) : null });
    }
  }
  return edges;
}
