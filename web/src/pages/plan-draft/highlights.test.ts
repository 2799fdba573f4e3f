import { describe, expect, it } from 'vitest';
import type { DraftCandidates } from '../../api/plan-drafts';
import { indicatorFromSelection, segments, spansByLine } from './highlights';

const quote = (block: number, start: number, text: string) => ({
  block,
  start,
  end: start + text.length,
  text,
});

const candidates = {
  formatVersion: 1,
  draft: true,
  source: {
    fileName: 'plan.txt',
    format: 'txt',
    encoding: 'utf-8',
    sha256: '0'.repeat(64),
    bytes: 10,
    ocr: false,
  },
  plan: {
    code: 'x',
    name: null,
    regionName: null,
    level: 'city',
    fiveYearPlanNo: 15,
    period: { start: 2026, end: 2030 },
    visionYear: null,
    issuedOn: null,
    vision: null,
    categories: [],
    goals: [],
  },
  outline: [],
  indicators: [
    {
      code: 'Z01',
      name: '森林覆盖率',
      unit: '%',
      origin: 'prose',
      tableNo: null,
      category: null,
      chapter: null,
      attribute: 'expected',
      kind: 'threshold',
      direction: 'increase',
      baseline: null,
      target: { year: 2030, value: 25.8, comparator: 'ge', text: '25.8%' },
      annualGrowth: null,
      cumulative: null,
      relatedTo: null,
      cells: {},
      notes: [],
      confidence: 0.8,
      quotes: [quote(0, 7, '森林覆盖率达到25.8%')],
      status: 'proposed',
    },
  ],
  assignments: [],
  tasks: [],
  unplaced: [],
} satisfies DraftCandidates;

describe('document highlights', () => {
  it('splits a line into plain text and the quoted span', () => {
    const line = '到2030年,森林覆盖率达到25.8%。';
    const spans = spansByLine(candidates).get(0) ?? [];
    expect(segments(line, spans).map((s) => [s.text, s.span?.key ?? null])).toEqual([
      ['到2030年,', null],
      ['森林覆盖率达到25.8%', 'Z01'],
      ['。', null],
    ]);
  });

  it('makes an accepted indicator from selected text, with the next free code and the plan’s target year', () => {
    const added = indicatorFromSelection(candidates, quote(3, 0, '人均预期寿命提高到80岁'));
    expect(added).toMatchObject({
      code: 'Z02',
      name: '人均预期寿命提高到',
      unit: '',
      status: 'accepted',
      target: { year: 2030, value: 80 },
    });
    expect(indicatorFromSelection(candidates, quote(3, 0, '加强组织领导'))).toBeNull();
  });
});
