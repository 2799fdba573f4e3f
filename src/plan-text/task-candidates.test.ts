import { describe, expect, it } from 'vitest';
import { draftPlan } from './draft-plan';
import { documentFromText } from './plan-document';
import { sentences } from './task-candidates';

const source = {
  fileName: 'plan.txt',
  format: 'txt' as const,
  encoding: 'utf-8',
  sha256: '0'.repeat(64),
  bytes: 0,
  ocr: false,
};

/** A small plan written the three ways plans write tasks, with a goals chapter and a 专栏. */
const text = [
  '某某开发区国民经济和社会发展第十四个五年规划纲要',
  '第一章发展目标',
  '到2025年,地区生产总值达到300亿元。',
  '第二章做强主导产业',
  '坚持集群发展、链式发展,持续做强做优主导产业,把主导产业打造成为引领开发区高质量发展的核心引擎。',
  '培育龙头企业。支持骨干企业兼并重组,打造百亿级企业。到2025年,形成两家龙头企业。',
  '完善产业链条。围绕“芯片—器件—模块”补齐短板。',
  '专栏1:重点项目',
  '建设光电产业园。',
  '第三章加强组织保障',
  '成立规划实施领导小组,统筹推进规划落实。确保各项任务落到实处。建立年度监测制度(牵头单位:区发展改革委;责任单位:区统计局)。',
].join('\n');

describe('key tasks drafted from the text', () => {
  const draft = draftPlan(documentFromText(text), { code: 'demo', source });
  const byText = (start: string) => draft.tasks.find((t) => t.text.startsWith(start));

  it('takes a titled paragraph as one task: its lead sentence and the sentence after it', () => {
    expect(byText('培育龙头企业')).toMatchObject({
      text: '培育龙头企业。支持骨干企业兼并重组,打造百亿级企业。',
      section: { number: 1, title: '培育龙头企业' },
      confidence: 0.75,
      deadline: '2025-12-31',
    });
    // A quotation's marks do not end the sentence; the chapter's opening paragraph is no task.
    expect(byText('完善产业链条')?.text).toBe('完善产业链条。围绕“芯片—器件—模块”补齐短板。');
    expect(byText('坚持集群发展')).toBeUndefined();
  });

  it('takes each action of a chapter of measures, not its consequences, with the units it names', () => {
    const chapter = draft.outline.find((n) => n.title === '加强组织保障')?.id;
    const measures = draft.tasks.filter((t) => t.chapter === chapter);
    expect(measures.map((t) => t.text)).toEqual([
      '成立规划实施领导小组,统筹推进规划落实。',
      '建立年度监测制度(牵头单位:区发展改革委;责任单位:区统计局)。',
    ]);
    expect(measures.every((t) => t.section === null && t.confidence === 0.5)).toBe(true);
    expect(measures[0]?.lead).toEqual(['区发展改革委']);
    expect(measures[0]?.co).toEqual(['区统计局']);
  });

  it('proposes none from the goals chapter or a 专栏', () => {
    expect(draft.tasks.some((t) => /地区生产总值|光电产业园/.test(t.text))).toBe(false);
  });

  it('splits sentences at 。 outside quotations and brackets, keeping each span', () => {
    const line = '推进“一网通办。”改革。建设平台(含数据中心。)。';
    expect(sentences(line).map((s) => [s.text, line.slice(s.start, s.end).trim()])).toEqual([
      ['推进“一网通办。”改革。', '推进“一网通办。”改革。'],
      ['建设平台(含数据中心。)。', '建设平台(含数据中心。)。'],
    ]);
  });
});
