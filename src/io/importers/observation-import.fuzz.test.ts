/**
 * Malformed CSV through the whole observation import — encoding detection, record reading, header
 * search, row parsing: 10,000 generated inputs (random bytes, broken quotes, NUL bytes, invalid UTF-8,
 * cells far beyond Excel's limit). Nothing may throw, and every rejected row names its row and column.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { observationSchema } from '../../contracts/plan-package';
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
