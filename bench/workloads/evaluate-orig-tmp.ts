/**
 * `evaluate`: 1,000 zones × 60 indicators × (5 annual + 60 monthly) ≈ 3.9 M observations through
 * the core, against a tight loop that only reads the same observations (the memory-scan limit).
 */
import { defaultEvaluationSettings, evaluatePlan } from '../../src/core';
import { generatePortfolio } from '../generator';
import { type Figure, medianMs } from '../measure';

export async function evaluateWorkload(scale = 1): Promise<Figure[]> {
  const plans = generatePortfolio({ plans: Math.round(1000 * scale), indicatorsPerPlan: 60, seed: 14 });
  let count = 0;
  for (const p of plans) for (const list of p.observations.values()) count += list.length;

  let sink = 0;
  const scanMs = await medianMs(3, () => {
    for (const p of plans) {
      for (const list of p.observations.values()) for (const o of list) sink += o.value + o.period.length;
    }
  });
  const evalMs = await medianMs(3, () => {
    for (const p of plans) {
      const result = evaluatePlan({
        baseYear: 2020,
        targetYear: 2025,
        indicators: p.indicators,
        observations: p.observations,
        asOf: '2025',
        settings: defaultEvaluationSettings,
      });
      sink += result.results.length;
    }
  });
  if (sink === 42) process.stdout.write('');
  const evalRate = count / (evalMs / 1000);
  const scanRate = count / (scanMs / 1000);
  return [
    {
      workload: 'evaluate',
      name: `${plans.length} plans × 60 ind., ${(count / 1e6).toFixed(2)} M obs`,
      value: evalRate,
      unit: 'obs/s',
      baseline: scanRate,
      baselineName: 'memory scan',
      ratio: evalRate / scanRate,
      aim: '≥ 0.2',
    },
    {
      workload: 'evaluate',
      name: 'full portfolio evaluation time',
      value: evalMs,
      unit: 'ms',
      baseline: null,
      baselineName: null,
      ratio: null,
      aim: null,
    },
  ];
}
