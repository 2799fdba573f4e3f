/**
 * The rules of the house (docs/architecture.md), read from the import graph of src/ and web/src: what
 * each room may import, no cycles between files or between folders, production code never importing
 * test code. A failure names each offending import as file:line → target and the rule it breaks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adjacencyOf, cyclesOf, describeCycles } from './architecture/import-cycles';
import {
  type ImportEdge,
  listSources,
  maskSource,
  parseImports,
  readImportGraph,
  toRepoPath,
} from './architecture/import-graph';
import { breachOf, folderOf, isTestCode, roomOf, sqlLines } from './architecture/rooms';

const root = fileURLToPath(new URL('..', import.meta.url));
const graph = readImportGraph(root, ['src', 'web/src']);

/**
 * Web files whose server-side types are being replaced by contracts on the h10-contracts branch
 * (web/src/api types from services and repositories, components and charts reading app state). The
 * lead empties this list at merge; nothing else is exempt from any rule.
 */
const PENDING_ON_CONTRACTS_BRANCH: readonly string[] = [];

const pending = (edge: ImportEdge) => PENDING_ON_CONTRACTS_BRANCH.includes(edge.from);
const production = graph.filter((e) => !isTestCode(e.from) && !pending(e));
const where = (e: ImportEdge) => `${e.from}:${e.line} → ${e.target ?? e.specifier}`;

/** Inside web: shared components and charts are read by pages and the shell, never the reverse. */
function webInnerBreach(edge: ImportEdge): string | null {
  const shared = /^web\/src\/(components|charts)\//.test(edge.from);
  return shared && edge.target?.startsWith('web/src/app/')
    ? 'web components and charts do not import app'
    : null;
}

describe('the import graph', () => {
  it('is read: every source file is found and every relative import resolves to a file', () => {
    // A reader that found nothing would pass every rule below; the house has well over 500 files.
    expect(new Set(graph.map((e) => e.from)).size).toBeGreaterThan(500);
    const unresolved = graph.filter((e) => e.specifier.startsWith('.') && e.target === null).map(where);
    expect(unresolved).toEqual([]);
  });

  it('keeps every room to what it may import', () => {
    const breaches = production.flatMap((e) => {
      const rule = breachOf(e)?.rule ?? webInnerBreach(e);
      return rule ? [`${where(e)}  (${rule})`] : [];
    });
    expect(breaches).toEqual([]);
  });

  it('places every source file in a room', () => {
    expect([...new Set(graph.map((e) => e.from))].filter((f) => roomOf(f) === null)).toEqual([]);
  });

  it('keeps SQL in db/: no query outside it, no runtime import of kysely', () => {
    const queries = listSources(root, ['src'])
      .map((file) => toRepoPath(root, file))
      .filter((path) => !isTestCode(path))
      .flatMap((path) =>
        sqlLines(path, maskSource(readFileSync(`${root}${path}`, 'utf8')).masked).map((l) => `${path}:${l}`),
      );
    const kysely = production
      .filter((e) => e.specifier === 'kysely' && e.kind !== 'import-type' && !e.from.startsWith('src/db/'))
      .map(where);
    expect([...queries, ...kysely]).toEqual([]);
  });

  it('never lets production code import test code', () => {
    const leaks = production.filter((e) => e.target !== null && isTestCode(e.target)).map(where);
    expect(leaks).toEqual([]);
  });

  it('has no cycle between files', () => {
    const cycles = cyclesOf(adjacencyOf(graph, (f) => f));
    expect(describeCycles(cycles, graph, (f) => f)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const cycles = cyclesOf(adjacencyOf(production, folderOf));
    expect(describeCycles(cycles, production, folderOf)).toEqual([]);
  });

  it('lists only pending files that exist and still break a rule', () => {
    // An entry that no longer breaks anything must leave the list, so the list only shrinks.
    const stillBreaking = PENDING_ON_CONTRACTS_BRANCH.filter((file) =>
      graph.some((e) => e.from === file && (breachOf(e) !== null || webInnerBreach(e) !== null)),
    );
    expect(stillBreaking).toEqual(PENDING_ON_CONTRACTS_BRANCH);
  });
});

describe('the import reader', () => {
  // Hand-written sources covering each import form; lines counted by hand.
  const source = [
    "import type { A } from './a';",
    "import B, { type C } from './b';",
    'import {',
    '  D,',
    "} from './d';",
    "import './side-effect.css';",
    "export { E } from './e';",
    "export * from './f';",
    "export type { G } from './g';",
    "const h = await import('./h');",
    "// import { X } from './commented';",
    'const text = "import { Y } from \'./in-a-string\'";',
    "/* export * from './in-a-block' */ const url = `import('./in-a-template')`;",
  ].join('\n');

  it('reads import, import type, side-effect, re-exports and dynamic import with their lines', () => {
    expect(parseImports(source)).toEqual([
      { line: 1, specifier: './a', kind: 'import-type' },
      { line: 2, specifier: './b', kind: 'import' },
      { line: 3, specifier: './d', kind: 'import' },
      { line: 6, specifier: './side-effect.css', kind: 'side-effect' },
      { line: 7, specifier: './e', kind: 'export-from' },
      { line: 8, specifier: './f', kind: 'export-from' },
      { line: 9, specifier: './g', kind: 'export-from' },
      { line: 10, specifier: './h', kind: 'dynamic' },
    ]);
  });

  it('flags a forbidden import with the rule it breaks', () => {
    const edge: ImportEdge = {
      from: 'src/core/period.ts',
      line: 3,
      specifier: '../db/schema',
      kind: 'import-type',
      target: 'src/db/schema.ts',
    };
    expect(breachOf(edge)?.rule).toBe('core imports only core');
    expect(breachOf({ ...edge, from: 'src/server/routes/plans.ts' })?.rule).toBe(
      'routes do not import db or io',
    );
    expect(breachOf({ ...edge, from: 'src/services/plans/plans.ts' })).toBeNull();
  });

  it('finds a query built outside db/ by its line, and none in prose or strings', () => {
    const text =
      "// db.selectFrom('x')\nconst s = 'sql`select`';\nawait db\n  .selectFrom('plans');\nawait sql`select 1`;";
    expect(sqlLines('src/services/x.ts', maskSource(text).masked)).toEqual([4, 5]);
    expect(sqlLines('src/db/repositories/x.ts', maskSource(text).masked)).toEqual([]);
  });

  it('finds a cycle and names the imports that close it', () => {
    const edges: ImportEdge[] = [
      { from: 'src/a.ts', line: 1, specifier: './b', kind: 'import', target: 'src/b.ts' },
      { from: 'src/b.ts', line: 4, specifier: './a', kind: 'import', target: 'src/a.ts' },
      { from: 'src/b.ts', line: 5, specifier: './c', kind: 'import', target: 'src/c.ts' },
    ];
    const cycles = cyclesOf(adjacencyOf(edges, (f) => f));
    expect(describeCycles(cycles, edges, (f) => f)).toEqual([
      'cycle src/a.ts ↔ src/b.ts\n    src/a.ts:1 → src/b.ts\n    src/b.ts:4 → src/a.ts',
    ]);
  });
});
