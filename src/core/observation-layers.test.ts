import { describe, expect, it } from 'vitest';
import { type LayeredValue, layersFor, pickCurrent, setsInPrecedence } from './observation-layers';

// Each expectation is read off the rule by hand: reported > published > demo, then the latest revision.
const value = (
  id: number,
  layer: LayeredValue['layer'],
  revision: number,
  period = '2023',
): LayeredValue => ({
  id,
  indicatorCode: 'T01',
  period,
  measure: 'level',
  layer,
  revision,
});

describe('the published-vs-demo precedence', () => {
  it('prefers a reported value to a published one and a published one to demo, whatever the order', () => {
    const entries = [
      value(1, 'demo', 5),
      value(2, 'published', 1),
      value(3, 'reported', 1),
      value(4, 'demo', 9),
    ];
    expect(pickCurrent(entries).map((e) => e.id)).toEqual([3]);
    expect(pickCurrent([...entries].reverse()).map((e) => e.id)).toEqual([3]);
  });

  it('takes the latest revision within a layer, one value per key, ordered by id', () => {
    const entries = [
      value(5, 'published', 2, '2022'),
      value(1, 'published', 1),
      value(7, 'published', 3),
      value(2, 'published', 1, '2022'),
    ];
    expect(pickCurrent(entries).map((e) => e.id)).toEqual([5, 7]);
  });

  it('reads reported values with published ones, and demo values alone', () => {
    expect(layersFor('published')).toEqual(['reported', 'published']);
    expect(layersFor('demo')).toEqual(['demo']);
    expect(layersFor('all')).toEqual(['reported', 'published', 'demo']);
  });

  it('orders a package’s data sets demo first, each layer in file order, leaving out what the choice excludes', () => {
    const sets = [
      { name: 'p1', dataset: 'published' as const },
      { name: 'd1', dataset: 'demo' as const },
      { name: 'p2', dataset: 'published' as const },
      { name: 'd2', dataset: 'demo' as const },
    ];
    expect(setsInPrecedence(sets, 'all').map((s) => s.name)).toEqual(['d1', 'd2', 'p1', 'p2']);
    expect(setsInPrecedence(sets, 'published').map((s) => s.name)).toEqual(['p1', 'p2']);
    expect(setsInPrecedence(sets, 'demo').map((s) => s.name)).toEqual(['d1', 'd2']);
  });
});
