/**
 * Drafted key tasks reach the package only as the office accepts them: a proposed task is not
 * published, an accepted one with a lead unit becomes a tasks.json entry the package rules accept.
 */
import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../plan-text/draft-plan';
import { documentFromText } from '../../plan-text/plan-document';
import { checkDraft } from './draft-document';

const text = [
  '某某开发区国民经济和社会发展第十四个五年规划纲要',
  '第一章做强主导产业',
  '培育龙头企业。支持骨干企业兼并重组,打造百亿级企业。',
  '完善产业链条。围绕“芯片—器件—模块”补齐短板。',
  '第二章加强组织保障',
  '建立年度监测制度(牵头单位:区发展改革委;责任单位:区统计局)。',
].join('\n');

const draft = () =>
  draftPlan(documentFromText(text), {
    code: 'demo',
    source: {
      fileName: 'p.txt',
      format: 'txt',
      encoding: 'utf-8',
      sha256: '0'.repeat(64),
      bytes: 0,
      ocr: false,
    },
  });

describe('drafted key tasks in the package', () => {
  it('leaves proposed tasks out', () => {
    const candidates = draft();
    expect(candidates.tasks).toHaveLength(3);
    expect(checkDraft(candidates).pkg.tasks).toEqual([]);
  });

  it('publishes an accepted task with the units its paragraph names, and one the office gave a lead', () => {
    const candidates = draft();
    const [lead, chain, monitor] = candidates.tasks;
    if (!lead || !chain || !monitor) throw new Error('three tasks expected');
    monitor.status = 'accepted';
    lead.status = 'edited';
    lead.lead = ['区工业和信息化局'];
    chain.status = 'accepted'; // no lead: stays out until the office names one
    const { pkg, issues } = checkDraft(candidates);
    expect(pkg.tasks?.map((t) => [t.text, t.lead, t.co, t.unitsFrom.lead, t.section?.title ?? null])).toEqual(
      [
        ['培育龙头企业。支持骨干企业兼并重组,打造百亿级企业。', 'U03', [], 'proposed', '培育龙头企业'],
        ['建立年度监测制度(牵头单位:区发展改革委;责任单位:区统计局)。', 'U01', ['U02'], 'text', null],
      ],
    );
    expect(pkg.units.map((u) => [u.code, u.name])).toEqual([
      ['U01', '区发展改革委'],
      ['U02', '区统计局'],
      ['U03', '区工业和信息化局'],
    ]);
    expect(pkg.tasks?.[0]).toMatchObject({
      start: '2021-01-01',
      deadline: '2025-12-31',
      chapter: lead.chapter,
    });
    expect(issues.filter((i) => i.file === 'tasks.json')).toEqual([]);
  });
});
