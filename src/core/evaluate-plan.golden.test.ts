/**
 * Golden check: every field of every PlanEvaluation — numbers, flags, explanations, warnings and
 * roll-ups — for the bundled Hebi plan at several dates, synthetic plans of every kind and data
 * shape, and fast-check plans with awkward numbers, against the stored output. Speed work on the
 * core must leave it bit for bit identical: numbers are written in their shortest round-trip form,
 * so equal text means equal doubles (−0 is marked apart from 0).
 *
 * Only a deliberate change of the methodology may update it (`npx vitest run -u <this file>`, on
 * Node 20), and the diff then shows every result that moved.
 *
 * The stored output is Node 20's. Another engine's Math.pow and Math.exp may differ in the last bits
 * (Node 24 gives 10.179578749138795 where Node 20 gives 10.179578749138818), so there every number
 * must agree to 1e-12 relative and every other character exactly. The Hebi cases read data/plans/hebi-etdz-14th, so a
 * change of the bundled demo data shows up here too.
 */
import { describe, expect, it } from 'vitest';
import { openPlan } from '../services/plan-package/plan-catalog';
import { indicatorToSpec, observationsByIndicator, planSettings } from '../services/plans/plan-to-core';
import { readStoredText } from '../services/test-support/stored-text';
import { evaluatePlan, type PlanEvaluation } from './evaluate-plan';
import { arbitraryCases, type GoldenCase, syntheticCases } from './testing/golden-cases';

function hebiCases(): GoldenCase[] {
  const plan = openPlan('hebi-etdz-14th');
  const base = {
    baseYear: plan.meta.baseYear,
    targetYear: plan.meta.targetYear,
    indicators: plan.indicators.map((ind) => indicatorToSpec(ind, plan.annualTargets)),
    settings: planSettings(plan.meta),
  };
  const all = observationsByIndicator(plan, 'all');
  const published = observationsByIndicator(plan, 'published');
  const dates = ['2021', '2023', '2023-Q3', '2023-09', '2025-06', '2025', '2026'];
  return [
    ...dates.map((asOf) => ({ name: `hebi all @${asOf}`, input: { ...base, observations: all, asOf } })),
    { name: 'hebi published @2023', input: { ...base, observations: published, asOf: '2023' } },
  ];
}

/** JSON with −0 and non-finite numbers spelled out, which JSON.stringify would blur or drop. */
function exact(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'number') return v;
    if (Object.is(v, -0)) return '-0 (number)';
    return Number.isFinite(v) ? v : `${v} (number)`;
  });
}

/** One line per result and one for the plan-level fields, so a diff names what moved. */
function lines(name: string, e: PlanEvaluation): string[] {
  const { results, ...plan } = e;
  return [`${name} | plan | ${exact(plan)}`, ...results.map((r) => `${name} | ${r.code} | ${exact(r)}`)];
}

const numberPattern = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g;

/** The lines of `actual` that differ from `stored` in more than the last digits of their numbers. */
function beyondLastDigits(actual: string, stored: string): string[] {
  const storedLines = stored.split('\n');
  return actual.split('\n').filter((line, i) => {
    const other = storedLines[i] ?? '';
    if (line.split(numberPattern).join('|') !== other.split(numberPattern).join('|')) return true;
    const a = line.match(numberPattern) ?? [];
    const b = other.match(numberPattern) ?? [];
    return a.some((x, k) => {
      const [p, q] = [Number(x), Number(b[k])];
      return Math.abs(p - q) > 1e-12 * Math.max(Math.abs(p), Math.abs(q));
    });
  });
}

const recordedOn = '20';
const snapshot = './__snapshots__/evaluate-plan.golden.txt';

describe('evaluatePlan golden output', () => {
  const cases = [...hebiCases(), ...syntheticCases(), ...arbitraryCases(150)];
  const text = `${cases.flatMap((c) => lines(c.name, evaluatePlan(c.input))).join('\n')}\n`;
  const major = process.versions.node.split('.')[0];

  it.runIf(major === recordedOn)('is bit for bit what it was', async () => {
    await expect(text).toMatchFileSnapshot(snapshot);
  });

  it.skipIf(major === recordedOn)(
    `matches Node ${recordedOn}'s output to the last digits on Node ${major}`,
    () => {
      const stored = readStoredText(new URL(snapshot, import.meta.url));
      expect(beyondLastDigits(text, stored)).toEqual([]);
    },
  );
});
