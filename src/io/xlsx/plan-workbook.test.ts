import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMetaSchema } from '../../contracts/plan-package';
import { hebiPlan, hebiPlanWithoutTasks } from '../importers/test-support/hebi-plan';
import { planPackageArbitrary } from './fixtures/plan-package-arbitrary';
import { readPlanWorkbook } from './plan-workbook-read';
import { writePlanWorkbook } from './plan-workbook-write';

describe('plan workbook round trip', () => {
  it('reads the Hebi package back exactly as it was written', async () => {
    const pkg = hebiPlan();
    const read = await readPlanWorkbook(await writePlanWorkbook(pkg));
    expect(read.issues).toEqual([]);
    expect(read.plan).toStrictEqual(hebiPlanWithoutTasks());
  });

  // Thirty workbooks written and read take ~3 s alone, and took over 30 s on CI's two cores next to the
  // million-row crash tests: a slow machine is not a failing round trip.
  it('reads generated packages back exactly, whatever their text and numbers', {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(planPackageArbitrary, async (pkg) => {
        expect(planMetaSchema.safeParse(pkg.meta).success).toBe(true);
        const read = await readPlanWorkbook(await writePlanWorkbook(pkg));
        expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(read.plan).toStrictEqual(pkg);
      }),
      { numRuns: 30 },
    );
  });
});
