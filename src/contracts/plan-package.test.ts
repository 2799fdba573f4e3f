import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unitInfo } from '../core/units';
import {
  annualTargetsFileSchema,
  columnsFileSchema,
  indicatorsFileSchema,
  observationsFileSchema,
  outlineSchema,
  planMetaSchema,
  projectsFileSchema,
  unitsFileSchema,
} from './plan-package';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(repo, 'data', 'plans', 'hebi-etdz-14th');
/** The plan text lives outside the repository, at ../shared (see the shared README). */
const planTextPath = join(repo, '..', 'shared', 'plan', 'hebi-etdz-14th-fyp.txt');
const hasPlanText = existsSync(planTextPath);

const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

const meta = planMetaSchema.parse(read('plan.json'));
const { nodes } = outlineSchema.parse(read('outline.json'));
const { indicators } = indicatorsFileSchema.parse(read('indicators.json'));
const { annualTargets } = annualTargetsFileSchema.parse(read('annual-targets.json'));
const { columns } = columnsFileSchema.parse(read('columns.json'));
const { projects } = projectsFileSchema.parse(read('projects.json'));
const { units } = unitsFileSchema.parse(read('units.json'));
const published = observationsFileSchema.parse(read('observations.json'));
const demo = observationsFileSchema.parse(read('observations.demo.json'));

/** Every {ref, quote} object anywhere in a parsed file. */
function quotesIn(value: unknown, out: { ref: string; quote: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) quotesIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.ref === 'string' && typeof o.quote === 'string') out.push({ ref: o.ref, quote: o.quote });
    for (const v of Object.values(o)) quotesIn(v, out);
  }
  return out;
}

describe('Hebi ETDZ 14th plan package', () => {
  it('describes the plan and its period', () => {
    expect(meta.code).toBe('hebi-etdz-14th');
    expect([meta.period.start, meta.period.end, meta.baseYear, meta.targetYear, meta.visionYear]).toEqual([
      2021, 2025, 2020, 2025, 2035,
    ]);
    expect(meta.goals).toHaveLength(7);
    expect(meta.developmentSystem?.parts.map((p) => p.name)).toEqual(['一核引领', '三擎驱动', '七维共进']);
    expect(meta.categories.map((c) => c.code)).toEqual([
      'economy',
      'innovation',
      'openness',
      'livelihood',
      'digital_green',
    ]);
    expect(annualTargets).toEqual([]);
  });

  it('has 5 parts, 24 chapters numbered 1–24 and 15 columns, with valid parents', () => {
    const byKind = (k: string) => nodes.filter((n) => n.kind === k);
    expect(byKind('part')).toHaveLength(5);
    expect(byKind('chapter').map((n) => n.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(byKind('column').map((n) => n.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(byKind('section')).toHaveLength(0);
    const ids = new Map(nodes.map((n) => [n.id, n]));
    expect(ids.size).toBe(nodes.length);
    for (const n of nodes) {
      const parentKind = n.parent === null ? null : ids.get(n.parent)?.kind;
      expect(parentKind).toBe({ part: null, chapter: 'part', column: 'chapter', section: 'chapter' }[n.kind]);
    }
  });

  it('has the 29 rows of table 1 (rows 1–28 and the unnumbered energy row) and prose targets', () => {
    const table = indicators.filter((i) => i.source === 'table1');
    expect(table).toHaveLength(29);
    expect(table.map((i) => i.tableNo).filter((n) => n !== null)).toEqual(
      Array.from({ length: 28 }, (_, i) => i + 1),
    );
    expect(table.filter((i) => i.tableNo === null).map((i) => i.code)).toEqual(['T23a']);
    expect(indicators.filter((i) => i.source === '正文').every((i) => i.tableNo === null)).toBe(true);
    expect(
      table
        .filter((i) => i.attribute === 'binding')
        .map((i) => i.code)
        .sort(),
    ).toEqual(['T23a', 'T24', 'T25', 'T26', 'T27', 'T28']);
  });

  it('refers only to known codes, categories, chapters and units', () => {
    const codes = new Set(indicators.map((i) => i.code));
    expect(codes.size).toBe(indicators.length);
    const categories = new Set(meta.categories.map((c) => c.code));
    const chapters = new Set(nodes.filter((n) => n.kind === 'chapter').map((n) => n.id));
    for (const i of indicators) {
      expect(categories.has(i.category), i.code).toBe(true);
      expect(i.chapter === null || chapters.has(i.chapter), i.code).toBe(true);
      expect(unitInfo(i.unit, meta.extraUnits), `${i.code} ${i.unit}`).toBeDefined();
      if (i.relatedTo !== null) expect(codes.has(i.relatedTo)).toBe(true);
    }
    for (const o of [...published.observations, ...demo.observations])
      expect(codes.has(o.indicator)).toBe(true);
  });

  it('lists 15 columns matching the outline, their programmes and projects', () => {
    expect(columns.map((c) => c.id)).toEqual(nodes.filter((n) => n.kind === 'column').map((n) => n.id));
    for (const c of columns) expect(nodes.find((n) => n.id === c.id)?.parent).toBe(c.chapter);
    const programmes = new Set(columns.flatMap((c) => c.programmes.map((p) => p.id)));
    expect(programmes.size).toBe(columns.reduce((s, c) => s + c.programmes.length, 0));
    expect(new Set(projects.map((p) => p.code)).size).toBe(projects.length);
    expect(projects.length).toBeGreaterThan(100);
    for (const p of projects) {
      const column = columns.find((c) => c.id === p.column);
      expect(column?.chapter, p.code).toBe(p.chapter);
      if (p.programme !== null)
        expect(
          column?.programmes.some((g) => g.id === p.programme),
          p.code,
        ).toBe(true);
    }
  });

  it('has named units and a starter set of departments, and published data with sources', () => {
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    for (const u of units) expect(u.namedInPlan).toBe(u.provenance !== null);
    expect(published.dataset).toBe('published');
    expect(published.observations.every((o) => o.source !== undefined)).toBe(true);
    expect(demo.dataset).toBe('demo');
  });

  it.skipIf(!hasPlanText)(
    'quotes the plan text exactly (needs ../shared/plan/hebi-etdz-14th-fyp.txt)',
    () => {
      const text = readFileSync(planTextPath, 'utf8');
      const files = [
        'plan.json',
        'outline.json',
        'indicators.json',
        'columns.json',
        'projects.json',
        'units.json',
      ];
      const quotes = files.flatMap((f) => quotesIn(read(f)));
      expect(quotes.length).toBeGreaterThan(400);
      const missing = quotes.filter((q) => !text.includes(q.quote));
      expect(missing).toEqual([]);
      expect(quotes.every((q) => q.quote.length <= 300)).toBe(true);
    },
  );

  it.skipIf(!hasPlanText)('names every project as written in the plan (needs ../shared/plan/…)', () => {
    const text = readFileSync(planTextPath, 'utf8');
    expect(projects.filter((p) => !text.includes(p.name)).map((p) => p.name)).toEqual([]);
  });
});
