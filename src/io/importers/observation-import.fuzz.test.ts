/**
 * Malformed CSV through the whole observation import — encoding detection, record reading, header
 * search, row parsing: 10,000 generated inputs (random bytes, broken quotes, NUL bytes, invalid UTF-8,
 * cells far beyond Excel's limit). Nothing may throw, and every rejected row names its row and column.
 * The rows accepted from hostile text are then stored in SQLite and PostgreSQL: what the checks let
 * through must fit both databases (PostgreSQL refuses NUL in text).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { observationSchema } from '../../contracts/plan-package';
import { UserRepository } from '../../db/repositories/user-repository';
import { testDialects } from '../../db/test-support/test-databases';
import type { ServiceContext } from '../../services/context';
import { ingestObservations } from '../../services/ledger/observation-ingest';
import { findPlan } from '../../services/plans/stored-plan';
import { bootstrap } from '../../services/system/bootstrap';
import { readCsvTable } from '../csv/observation-table';
import { importObservationRows, type ObservationImportResult } from './observation-import';
import { hebiPlan } from './test-support/hebi-plan';

let runs = 0;
let rejectedRows = 0;
let acceptedRows = 0;

/** A throw fails the property, and fast-check reports the shrunk input. */
function check(bytes: Uint8Array): void {
  runs += 1;
  const result: ObservationImportResult = importObservationRows(readCsvTable(bytes).rows, {
    file: 'fuzz.csv',
    indicators: hebiPlan().indicators,
    defaultSource: 'fuzz',
  });
  const { accepted, rejected, issues } = result;
  rejectedRows += rejected.length;
  acceptedRows += accepted.length;
  for (const r of rejected) {
    expect(r.row).toBeGreaterThanOrEqual(1);
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.column).toMatch(/\S/);
      expect(p.message.zh).toMatch(/\S/);
      expect(p.message.en).toMatch(/\S/);
    }
  }
  for (const issue of issues) expect(issue.file).toBe('fuzz.csv');
  for (const a of accepted) {
    expect(observationSchema.safeParse(a.observation).success).toBe(true);
    expect(Number.isFinite(a.observation.value)).toBe(true);
  }
}

const header = '指标编号,指标名称,年份,数值,口径,单位,来源\n';
const cellChars = fc.constantFrom(
  ...'T01Z08,,"""\n\r\t\0 ;.%-−—万亿元年月季度第Q1234567890１２３４５６７８９０（）()地区生产总值同比累计当期'.split(
    '',
  ),
);
const csvText = fc.string({ unit: cellChars, maxLength: 400 });
/** A valid row whose source (来源) cell carries hostile text. */
const hostileSource = fc
  .tuple(
    fc.constantFrom('T01', 'T25', 'T27'),
    fc.integer({ min: 2021, max: 2025 }),
    fc.double({ min: 0, max: 1000, noNaN: true }),
    fc.string({ unit: fc.constantFrom(...'统计局公报年鉴ABC123 '.split('')), maxLength: 6 }),
    // No lone surrogate here: bytes cannot carry one (UTF-8 encoding turns it into U+FFFD).
    fc.constantFrom('\u0000', '\u202E', '\u2066', '\u200B', '\uFEFF', '\u001B'),
  )
  .map(
    ([code, year, value, text, bad]) =>
      `${header}${code},,${year},${value.toFixed(2)},,,统计${bad}局${text}\n`,
  );
const invalidUtf8 = fc
  .uint8Array({ minLength: 1, maxLength: 8 })
  .map((b) => Buffer.from(b.map((x) => x | 0x80)));

describe('observation import fuzz', () => {
  it('survives random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => check(bytes)),
      { numRuns: 3000 },
    );
  });

  it('survives broken CSV under a valid header', () => {
    fc.assert(
      fc.property(csvText, (body) => check(Buffer.from(header + body))),
      { numRuns: 4000 },
    );
  });

  it('survives invalid UTF-8 inside otherwise valid rows', () => {
    fc.assert(
      fc.property(csvText, invalidUtf8, fc.nat(400), (body, bad, at) => {
        const text = Buffer.from(header + body);
        const cut = Math.min(at, text.length);
        check(Buffer.concat([text.subarray(0, cut), bad, text.subarray(cut)]));
      }),
      { numRuns: 2500 },
    );
  });

  it('survives huge cells and huge unquoted lines', () => {
    fc.assert(
      fc.property(fc.nat(120_000), fc.boolean(), fc.constantFrom('x', '"', '9', '\0'), (size, quoted, ch) => {
        const big = ch.repeat(size);
        check(Buffer.from(`${header}T01,${quoted ? `"${big}"` : big},2021,1\nT01,,2022,2\n`));
      }),
      { numRuns: 500 },
    );
  });

  afterAll(() => {
    expect(runs).toBeGreaterThanOrEqual(10_000);
    // The inputs must reach the row checks, not only the header search.
    expect(rejectedRows).toBeGreaterThan(1000);
    expect(acceptedRows).toBeGreaterThan(0);
    console.info(`fuzz: ${runs} inputs, ${rejectedRows} rejected rows, ${acceptedRows} accepted rows`);
  });
});

describe.each(testDialects())('observation rows with hostile text stored on $dialect', (dialect) => {
  it('refuses hostile text in the source column by name before the database sees it', async () => {
    const { database } = await dialect.create();
    const clock = () => new Date('2026-12-01T00:00:00Z');
    try {
      const { tenantId } = await bootstrap(database, {
        tenantCode: 'fuzz',
        tenantName: '模糊测试',
        plans: ['hebi-etdz-14th'],
        includeDemo: false,
        scryptN: 16,
        clock,
      });
      const admin = await new UserRepository(database.db, tenantId).findByUsername('admin');
      if (!admin) throw new Error('bootstrap made no administrator');
      const ctx: ServiceContext = {
        database,
        tenantId,
        actor: { id: admin.id, username: 'admin', displayName: 'admin', role: 'admin', unitId: null },
        requestId: 'fuzz',
        clock,
      };
      const plan = await findPlan(ctx, 'hebi-etdz-14th');
      let stored = 0;
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(hostileSource, async (csv) => {
          const result = importObservationRows(readCsvTable(Buffer.from(csv)).rows, {
            file: 'fuzz.csv',
            indicators: hebiPlan().indicators,
            defaultSource: 'fuzz',
          });
          rejected += result.rejected.length;
          // The source column is named, with the character's code point.
          for (const r of result.rejected) {
            expect(r.problems[0]?.column).toBe('来源 (G)');
            expect(r.problems[0]?.message.en).toMatch(/U\+[0-9A-F]{4}/);
          }
          if (result.accepted.length === 0) return;
          const saved = await ingestObservations(
            ctx,
            plan,
            result.accepted.map((a) => ({
              indicatorCode: a.observation.indicator,
              period: a.observation.period,
              measure: a.observation.measure,
              value: a.observation.value,
              source: a.observation.source ?? null,
            })),
            { reason: 'fuzz' },
          );
          stored += saved.rows;
        }),
        { numRuns: 300, seed: 20261201 },
      );
      // Each input has one row with a forbidden character in its source: all 300 are rejected.
      expect(rejected).toBe(300);
      expect(stored).toBe(0);
      console.info(
        `[reliability] hostile observation text on ${dialect.dialect}: ${rejected} rows rejected, ${stored} stored`,
      );
    } finally {
      await database.close();
    }
  }, 300_000);
});
