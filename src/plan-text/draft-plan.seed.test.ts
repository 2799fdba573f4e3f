/**
 * Accuracy on the seed: the Hebi plan text drafted with no help against the package encoded by hand
 * from the same text (data/plans/hebi-etdz-14th, every figure checked line by line in its NOTES.md).
 * The expected values are the bundled package's, read here — not copied into the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { indicatorsFileSchema, outlineSchema, planMetaSchema } from '../contracts/plan-package';
import { tasksFileSchema } from '../contracts/task-package';
import { draftPlan } from './draft-plan';
import { documentFromText } from './plan-document';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pkgDir = join(repo, 'data', 'plans', 'hebi-etdz-14th');
/** The seed text lives next to the repository (../shared) or, in a worktree, one level further up. */
const seedPath = [
  join(repo, '..', 'shared', 'plan', 'hebi-etdz-14th-fyp.txt'),
  join(repo, '..', '..', 'shared', 'plan', 'hebi-etdz-14th-fyp.txt'),
].find((p) => existsSync(p));

const read = (file: string): unknown => JSON.parse(readFileSync(join(pkgDir, file), 'utf8'));
const outline = outlineSchema.parse(read('outline.json')).nodes;
const indicators = indicatorsFileSchema.parse(read('indicators.json')).indicators;
const tasks = tasksFileSchema.parse(read('tasks.json')).tasks;

describe.skipIf(!seedPath)('drafting the Hebi plan text (needs shared/plan/hebi-etdz-14th-fyp.txt)', () => {
  const text = seedPath ? readFileSync(seedPath, 'utf8') : '';
  const doc = documentFromText(text);
  const draft = draftPlan(doc, {
    code: 'hebi-draft',
    source: {
      fileName: 'hebi-etdz-14th-fyp.txt',
      format: 'txt',
      encoding: 'utf-8',
      sha256: '0'.repeat(64),
      bytes: 0,
      ocr: false,
    },
  });

  it('reproduces the outline: 5 篇, 24 章, 15 专栏 with numbers, titles and parents', () => {
    const counts = (nodes: readonly { kind: string }[]) => {
      const acc: Record<string, number> = {};
      for (const n of nodes) acc[n.kind] = (acc[n.kind] ?? 0) + 1;
      return acc;
    };
    expect(counts(draft.outline)).toEqual({ part: 5, chapter: 24, column: 15 });
    expect(draft.outline.map((n) => [n.id, n.kind, n.number, n.title, n.parent])).toEqual(
      outline.map((n) => [n.id, n.kind, n.number, n.title, n.parent]),
    );
  });

  it('reads the plan metadata from the title lines', () => {
    expect(draft.plan).toMatchObject({
      regionName: '鹤壁经济技术开发区',
      level: 'zone',
      fiveYearPlanNo: 14,
      period: { start: 2021, end: 2025 },
      visionYear: 2035,
      issuedOn: '2022-05-24',
    });
  });

  it('reads the seven goals of chapter 4 with their names', () => {
    const meta = planMetaSchema.parse(read('plan.json'));
    expect(draft.plan.goals.map((g) => g.name)).toEqual(meta.goals.map((g) => g.name));
  });

  it('reproduces all 29 rows of table 1 with every cell the table itself gives', () => {
    const table = indicators.filter((i) => i.source === 'table1');
    expect(table).toHaveLength(29);
    const rows = draft.indicators.filter((i) => i.origin === 'table');
    expect(rows.map((r) => r.code)).toEqual(table.map((t) => t.code));
    for (const expected of table) {
      const row = rows.find((r) => r.code === expected.code);
      const where = `${expected.code} ${expected.name}`;
      expect(row, where).toBeDefined();
      if (!row) continue;
      expect([row.name, row.tableNo, row.attribute], where).toEqual([
        expected.name,
        expected.tableNo,
        expected.attribute,
      ]);
      if (expected.cells.unit === 'table') expect(row.unit, where).toBe(expected.unit);
      if (expected.cells.baseline === 'table')
        expect(row.baseline?.value, where).toBe(expected.baseline?.value);
      else if (expected.cells.baseline === undefined) expect(row.baseline, where).toBeNull();
      if (expected.cells.target === 'table') {
        expect([row.target?.value, row.target?.comparator, row.target?.text], where).toEqual([
          expected.target?.value,
          expected.target?.comparator,
          expected.target?.text,
        ]);
      }
      if (expected.cells.annualGrowth === 'table')
        expect(row.annualGrowth, where).toBe(expected.annualGrowth);
      if (expected.cells.cumulative === 'table') expect(row.cumulative, where).toBe(expected.cumulative);
    }
  });

  it('fills the cells the table lost from the text as the package does, and none differently', () => {
    const rows = draft.indicators.filter((i) => i.origin === 'table');
    const value = (
      i: {
        target: { value: number | null } | null;
        annualGrowth: number | null;
        cumulative: number | null;
        unit: string;
      },
      cell: string,
    ) =>
      cell === 'target'
        ? i.target?.value
        : cell === 'annualGrowth'
          ? i.annualGrowth
          : cell === 'cumulative'
            ? i.cumulative
            : cell === 'unit'
              ? i.unit
              : undefined;
    const filled: string[] = [];
    for (const expected of indicators.filter((i) => i.source === 'table1')) {
      const row = rows.find((r) => r.code === expected.code);
      for (const [cell, basis] of Object.entries(expected.cells)) {
        if (basis !== 'prose' || !row || row.cells[cell as keyof typeof row.cells] !== 'prose') continue;
        expect(value(row, cell), `${expected.code} ${cell}`).toBe(value(expected, cell));
        filled.push(`${expected.code}.${cell}`);
      }
    }
    const total = indicators
      .filter((i) => i.source === 'table1')
      .flatMap((i) => Object.values(i.cells).filter((b) => b === 'prose')).length;
    console.info(`seed table cells filled from the text: ${filled.length}/${total} (${filled.join(', ')})`);
    // T05 growth, T09, T14, T16, T17, T26, T28 targets, T28 total, T23 unit: read in NOTES.md from the chapters
    expect(filled.length).toBeGreaterThanOrEqual(7);
  });

  it('proposes at least 90 % of the 44 prose targets with the right value and unit, from their own line', () => {
    const prose = indicators.filter((i) => i.source === '正文');
    expect(prose).toHaveLength(44);
    const lineOf = (quote: string) => doc.blocks.findIndex((b) => b.text.includes(quote));
    const missed: string[] = [];
    for (const z of prose) {
      const line = lineOf(z.provenance[0]?.quote ?? '');
      const found = draft.indicators.some(
        (c) =>
          c.target?.value === z.target?.value && c.unit === z.unit && c.quotes.some((q) => q.block === line),
      );
      if (!found) missed.push(`${z.code} ${z.name} ${z.target?.text}`);
    }
    const recall = (prose.length - missed.length) / prose.length;
    // printed so the figure in docs/plan-import.md can be checked against a run
    console.info(
      `seed prose targets: ${prose.length - missed.length}/${prose.length}; missed: ${missed.join('; ')}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('proposes at least 90 % of the 118 key tasks of the package word for word, in their chapters', () => {
    expect(tasks).toHaveLength(118);
    const missed = tasks.filter(
      (task) => !draft.tasks.some((c) => c.text === task.text && c.chapter === task.chapter),
    );
    const found = tasks.length - missed.length;
    // Candidates no package task matches: measures the package's encoder grouped or left out.
    const extra = draft.tasks.filter((c) => !tasks.some((task) => task.text === c.text)).length;
    console.info(
      `seed key tasks: ${found}/${tasks.length} word for word; ${draft.tasks.length} candidates, ${extra} beyond the package; missed: ${missed.map((m) => m.code).join(' ')}`,
    );
    expect(found / tasks.length).toBeGreaterThanOrEqual(0.9);
    // Titled paragraphs (most tasks) carry their lead sentence as the 节 title.
    expect(draft.tasks.find((c) => c.text.startsWith('围绕三化趋势'))?.section?.title).toBe(
      '围绕三化趋势丰富汽车电子电器产品体系',
    );
  });

  it('quotes only text that is in the document, at the place it names', () => {
    const quotes = [
      ...draft.outline.map((n) => n.quote),
      ...draft.indicators.flatMap((i) => i.quotes),
      ...draft.assignments.map((a) => a.quote),
      ...draft.tasks.map((t) => t.quote),
    ];
    for (const q of quotes) expect(doc.blocks[q.block]?.text.slice(q.start, q.end)).toBe(q.text);
  });
});
