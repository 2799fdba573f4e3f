/** Temporary: allocation sampling (including objects the scavenger already collected). */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as core from '../src/core';
import { generatePortfolio } from './generator';

const plans = generatePortfolio({ plans: 1000, indicatorsPerPlan: 60, seed: 14 });
const evaluate = () => {
  for (const p of plans)
    core.evaluatePlan({
      baseYear: 2020,
      targetYear: 2025,
      indicators: p.indicators,
      observations: p.observations,
      asOf: process.env.AS_OF ?? '2025',
      settings: core.defaultEvaluationSettings,
    });
};
evaluate();
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 1024,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
evaluate();
const { profile } = await session.post('HeapProfiler.stopSampling');
writeFileSync('/tmp/alloc.json', JSON.stringify(profile));
