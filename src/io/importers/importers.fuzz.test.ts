/**
 * Malformed input to the file importers never crashes them, and every problem is located:
 * plan packages (broken JSON, wrong types, huge strings, NUL bytes, deep nesting), plan workbooks and
 * reporting templates (random bytes, damaged real workbooks). LANTU_FUZZ_RUNS sets the inputs per
 * importer (CI: 10,000). Packages that load are imported into SQLite and PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../contracts/domain-error';
import { testDialects } from '../../db/test-support/test-databases';
import type { ServiceContext } from '../../services/context';
import { importPlanPackage } from '../../services/plan-package/plan-import';
import { readTemplateOrExplain } from '../../services/reporting/report-template';
import { bootstrap } from '../../services/system/bootstrap';
import { writeReportTemplate } from '../xlsx/report-template';
import { templateLimits } from '../xlsx/report-template-limits';
import { hasErrors, loadPlanPackage } from './plan-package-load';
import { exportPlanWorkbook, importPlanWorkbook } from './plan-workbook';
import { miniPackage } from './test-support/mini-package';

const runs = Number(process.env.LANTU_FUZZ_RUNS ?? 300);
// Importing a package takes a transaction of a few dozen statements: a thousand is enough to reach
// every text field many times without making CI's PostgreSQL run take a quarter of an hour.
const storeRuns = Math.min(runs, 1000);

const leaf = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    '\u0000',
    '名称\u0000',
    '\uD800',
    '\u202E名称',
    '名\u200B称',
    '../../etc/passwd',
    '亿圆',
    'x'.repeat(5000),
    '2023-13',
  ),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
/** Text that is valid JSON but must not reach the database as it is. */
const hostile = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\u202E', '\u2066', '\u200B', '\uFEFF', '\u001B'),
    fc.string({ maxLength: 8 }),
  )
  .map(([a, bad, b]) => `${a}${bad}${b}`);
const json: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 10 }), tie('v'), { maxKeys: 5 }),
  ),
})).v;

type Change =
  | { kind: 'replace'; v: unknown }
  | { kind: 'set'; path: (string | number)[]; v: unknown }
  | { kind: 'text'; s: string }
  | { kind: 'bytes'; b: Uint8Array };

/** A valid package with one file replaced by garbage, a field set to a wrong value, or broken JSON. */
const mutatedPackage = fc.tuple(
  fc.constantFrom(
    'plan.json',
    'outline.json',
    'indicators.json',
    'columns.json',
    'projects.json',
    'units.json',
    'observations.json',
  ),
  fc.oneof(
    json.map((v) => ({ kind: 'replace' as const, v })),
    fc
      .tuple(
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.nat(3)), { minLength: 1, maxLength: 4 }),
        json,
      )
      .map(([path, v]) => ({ kind: 'set' as const, path, v })),
    // The text fields the database stores, set to hostile text (NUL, lone surrogates, overrides).
    fc
      .tuple(
        fc.constantFrom(
          ['name'],
          ['region', 'name'],
          ['nodes', 0, 'title'],
          ['indicators', 0, 'name'],
          ['indicators', 0, 'unit'],
          ['columns', 0, 'programmes', 0, 'name'],
          ['projects', 0, 'name'],
          ['units', 0, 'nameEn'],
          ['observations', 0, 'source'],
          ['description'],
        ),
        hostile,
      )
      .map(([path, v]) => ({ kind: 'set' as const, path: [...path], v })),
    fc.string({ maxLength: 40 }).map((s) => ({ kind: 'text' as const, s })),
    fc.uint8Array({ maxLength: 40 }).map((b) => ({ kind: 'bytes' as const, b })),
  ),
);

function setPath(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

/** Writes the mini package with one change applied into `dir`. */
function writeMutated(dir: string, [file, change]: [string, Change]): void {
  const files = miniPackage();
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), JSON.stringify(content));
  if (change.kind === 'replace') writeFileSync(join(dir, file), JSON.stringify(change.v) ?? 'null');
  else if (change.kind === 'set') {
    const content = structuredClone(files[file]);
    setPath(content, change.path, change.v);
    writeFileSync(join(dir, file), JSON.stringify(content) ?? 'null');
  } else if (change.kind === 'text') writeFileSync(join(dir, file), change.s);
  else writeFileSync(join(dir, file), Buffer.from(change.b));
}

describe('plan package loader under malformed input', () => {
  it(`locates every problem in ${runs} damaged packages and never throws`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-fuzz-pkg-'));
    try {
      fc.assert(
        fc.property(mutatedPackage, (mutation) => {
          writeMutated(dir, mutation);
          const { issues } = loadPlanPackage(dir);
          for (const issue of issues) {
            expect(issue.file).toBeTruthy();
            expect(issue.message.zh).toBeTruthy();
            expect(issue.message.en).toBeTruthy();
          }
        }),
        { numRuns: runs, seed: 20261127 },
      );
      console.info(`[reliability] fuzz plan package loader: ${runs} damaged packages, no crash`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Each input is written to disk and read back: 10,000 take ~17 s alone and past 30 s next to the
    // crash tests on CI's two cores, so this bound is the other fuzz tests' ten minutes.
  }, 600_000);
});

// What the loader lets through must also fit the database: PostgreSQL refuses NUL in text and JSON
// that SQLite stores, so every package that loads without errors is imported on both.
describe.each(testDialects())('damaged plan packages stored on $dialect', (dialect) => {
  it(`imports every damaged package that loads, of ${storeRuns}, or refuses it by name`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-fuzz-store-'));
    const { database } = await dialect.create();
    const clock = () => new Date('2026-12-01T00:00:00Z');
    try {
      const { tenantId } = await bootstrap(database, {
        tenantCode: 'fuzz',
        tenantName: '模糊测试',
        plans: [],
        includeDemo: false,
        scryptN: 16,
        clock,
      });
      const ctx: ServiceContext = { database, tenantId, actor: null, requestId: 'fuzz', clock };
      let stored = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(mutatedPackage, async (mutation) => {
          writeMutated(dir, mutation);
          const { plan, issues } = loadPlanPackage(dir);
          if (!plan || hasErrors(issues)) return;
          const code = `fuzz-${stored + refused + 1}`;
          try {
            await importPlanPackage(ctx, { ...plan, meta: { ...plan.meta, code } }, { includeDemo: true });
            stored += 1;
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            refused += 1;
          }
        }),
        { numRuns: storeRuns, seed: 20261127 },
      );
      expect(stored).toBeGreaterThan(0);
      console.info(
        `[reliability] fuzz plan packages on ${dialect.dialect}: ${storeRuns} damaged, ${stored} imported, ${refused} refused by name`,
      );
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

describe('spreadsheet importers under malformed input', () => {
  it(`refuses or reads ${runs} damaged plan workbooks without crashing`, async () => {
    const pkg = loadPlanPackage(join(process.cwd(), 'data/plans/hebi-etdz-14th')).plan;
    if (!pkg) throw new Error('Hebi package must load');
    const good = await exportPlanWorkbook(pkg);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
          fc
            .array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 20,
            })
            .map((flips) => {
              const copy = Buffer.from(good);
              for (const [at, byte] of flips) copy[at] = byte;
              return copy;
            }),
          fc.nat(good.length - 1).map((cut) => good.subarray(0, cut)),
        ),
        async (bytes) => {
          const result = await importPlanWorkbook(bytes, { file: 'fuzz.xlsx' });
          for (const issue of result.issues) expect(issue.message.zh && issue.message.en).toBeTruthy();
        },
      ),
      { numRuns: runs, seed: 20261127 },
    );
  }, 600_000);

  it(`refuses or reads ${runs} damaged reporting templates with a reason`, async () => {
    const good = await writeReportTemplate({
      title: 't',
      notes: 'n',
      identity: {
        plan: 'hebi-etdz-14th',
        round: 1,
        unit: 'park-jinshan',
        generatedAt: '2024-01-01T00:00:00Z',
      },
      rows: [
        {
          reportId: 1,
          itemType: 'indicator',
          code: 'T25',
          name: '城市绿地率',
          unit: '%',
          period: '2023',
          measure: 'level',
          lastApproved: null,
          annualTarget: 34.04,
          value: null,
          progressPercent: null,
          narrative: null,
          status: '待填报',
          unitName: '金山园区',
        },
      ],
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
          fc
            .array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 20,
            })
            .map((flips) => {
              const copy = Buffer.from(good);
              for (const [at, byte] of flips) copy[at] = byte;
              return copy;
            }),
        ),
        async (bytes) => {
          // Either it reads (with located issues) or the service refuses with a DomainError — which the
          // server answers with 4xx. Any other error would be a 500.
          try {
            const upload = await readTemplateOrExplain(bytes, templateLimits(1));
            for (const issue of upload.issues) expect(issue.message.zh && issue.message.en).toBeTruthy();
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
          }
        },
      ),
      { numRuns: runs, seed: 20261127 },
    );
  }, 600_000);
});
