import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMetaSchema } from '../../contracts/plan-package';
import { hebiPlan } from '../../services/test-support/hebi-plan';
import { planPackageArbitrary } from './fixtures/plan-package-arbitrary';
import { readPlanWorkbook } from './plan-workbook-read';
import { writePlanWorkbook } from './plan-workbook-write';

describe('plan workbook round trip', () => {
  it('reads the Hebi package back exactly as it was written', async () => {
    const pkg = hebiPlan();
    const read = await readPlanWorkbook(await writePlanWorkbook(pkg));
    expect(read.issues).toEqual([]);
    expect(read.plan).toStrictEqual(pkg);
  });

  it('reads generated packages back exactly, whatever their text and numbers', async () => {
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
