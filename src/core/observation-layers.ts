/**
 * Which value counts when the same indicator, period and measure has values in several layers:
 * reported (approved reports and office entries) over published (cited statistics) over demo
 * (示例数据), and within a layer the latest revision — so a real figure is never hidden by a simulated
 * one. The ledger, the series cache and a plan package's data sets all choose by this one rule.
 */
import type { Measure } from './model';

export type ObservationLayer = 'reported' | 'published' | 'demo';

/** What a reader asks to see: everything, published figures only (the public), or the demo set. */
export type DatasetChoice = 'all' | 'published' | 'demo';

export const layerRank: Readonly<Record<ObservationLayer, number>> = { reported: 3, published: 2, demo: 1 };

/** The layers a choice reads; `published` keeps reported values, which are real figures too. */
export function layersFor(dataset: DatasetChoice): ObservationLayer[] {
  if (dataset === 'published') return ['reported', 'published'];
  if (dataset === 'demo') return ['demo'];
  return ['reported', 'published', 'demo'];
}

export interface LayeredValue {
  id: number;
  indicatorCode: string;
  period: string;
  measure: Measure;
  layer: ObservationLayer;
  revision: number;
}

/** The current value of each key: highest layer first, then the latest revision; ordered by id. */
export function pickCurrent<E extends LayeredValue>(entries: readonly E[]): E[] {
  const best = new Map<string, E>();
  for (const e of entries) {
    const key = `${e.indicatorCode}\u0000${e.period}\u0000${e.measure}`;
    const seen = best.get(key);
    if (
      !seen ||
      layerRank[e.layer] > layerRank[seen.layer] ||
      (e.layer === seen.layer && e.revision > seen.revision)
    ) {
      best.set(key, e);
    }
  }
  return [...best.values()].sort((a, b) => a.id - b.id);
}

/**
 * A plan package's data sets in the order they apply, lowest layer first, each layer's sets in file
 * order: applying them in turn, a later set's value for a key replaces an earlier one.
 */
export function setsInPrecedence<S extends { dataset: 'published' | 'demo' }>(
  sets: readonly S[],
  dataset: DatasetChoice,
): S[] {
  const layers = layersFor(dataset);
  return sets
    .filter((s) => layers.includes(s.dataset))
    .sort((a, b) => layerRank[a.dataset] - layerRank[b.dataset]);
}
