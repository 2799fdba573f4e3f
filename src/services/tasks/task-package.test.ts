/**
 * tasks.json: the Hebi plan's tasks (every 节 of chapters 5–20, the measures of 21–24) and the
 * validator's refusals, each named by file, item and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../contracts/issue';
import { hasErrors, loadPlanPackage } from '../../io/importers/plan-package-load';
import { miniPackage, writePackage } from '../../io/importers/test-support/mini-package';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const hebi = join(repo, 'data', 'plans', 'hebi-etdz-14th');
const planTextPath = join(repo, '..', 'shared', 'plan', 'hebi-etdz-14th-fyp.txt');

const errors = (issues: InputIssue[]) =>
  issues
    .filter((i) => i.severity === 'error')
    .map((i) => ({ file: i.file, item: i.item, field: i.field, code: i.code }));

function task(overrides: Record<string, unknown> = {}) {
  return {
    code: 'RW01-01',
    text: '建成示例产业园',
    chapter: 'CH1',
    section: { number: 1, title: null, line: 3 },
    lead: 'office',
    co: [],
    unitsFrom: { lead: 'proposed', co: [] },
    leader: null,
    start: '2026-01-01',
    deadline: '2028-12-31',
    milestones: [{ year: 2027, text: '开工' }],
    output: 'project',
    indicators: ['T01'],
    projects: ['C1-P01'],
    provenance: { ref: '第一章', quote: '建成示例产业园' },
    ...overrides,
  };
}

function withTasks(tasks: unknown[]) {
  return writePackage({ ...miniPackage(), 'tasks.json': { tasks } });
}

describe('tasks.json', () => {
  it('loads the Hebi plan with its tasks and no problem', () => {
    const { plan, issues } = loadPlanPackage(hebi);
    expect(errors(issues)).toEqual([]);
    const tasks = plan?.tasks ?? [];
    // 89 paragraphs (节) of chapters 5–20 plus 29 measures of chapters 21–24 (NOTES.md, 任务).
    expect(tasks.length).toBe(118);
    const chapters = new Set(tasks.map((t) => t.chapter));
    for (let n = 5; n <= 24; n += 1) expect(chapters.has(`CH${n}`), `CH${n}`).toBe(true);
    expect(tasks.every((t) => t.lead !== null)).toBe(true);
  });

  it.skipIf(!existsSync(planTextPath))('has one task per 节 of chapters 5–20, quoted as written', () => {
    const lines = readFileSync(planTextPath, 'utf8').split('\n');
    const { plan } = loadPlanPackage(hebi);
    const tasks = plan?.tasks ?? [];
    for (const t of tasks) {
      expect(lines.join('\n').includes(t.text), t.code).toBe(true);
      if (t.section) expect(lines[t.section.line - 1]?.startsWith(t.text.slice(0, 20)), t.code).toBe(true);
    }
    // 第十一章 has ten 节 (lines 221–230), each one task.
    const ch11 = tasks.filter((t) => t.chapter === 'CH11').map((t) => t.section?.line);
    expect(ch11).toEqual([221, 222, 223, 224, 225, 226, 227, 228, 229, 230]);
  });

  it('accepts a valid task and keeps it through the loader', () => {
    const { plan, issues } = loadPlanPackage(withTasks([task()]));
    expect(errors(issues)).toEqual([]);
    expect(plan?.tasks?.[0]?.lead).toBe('office');
  });

  it('refuses a task without a lead unit: it cannot be published', () => {
    const { issues } = loadPlanPackage(withTasks([task({ lead: null })]));
    expect(hasErrors(issues)).toBe(true);
    expect(errors(issues)).toContainEqual({
      file: 'tasks.json',
      item: 'RW01-01',
      field: 'lead',
      code: 'task_no_lead',
    });
    const message = issues.find((i) => i.code === 'task_no_lead')?.message;
    expect(message).toEqual({
      zh: '任务没有牵头单位,不能发布',
      en: 'the task has no lead unit and cannot be published',
    });
  });

  it('refuses a deadline before the plan starts, and one before the task starts', () => {
    const { issues } = loadPlanPackage(
      withTasks([
        task({ deadline: '2025-12-31', start: '2025-01-01' }),
        task({ code: 'RW01-02', start: '2027-06-01', deadline: '2027-01-01' }),
      ]),
    );
    expect(errors(issues)).toEqual([
      { file: 'tasks.json', item: 'RW01-01', field: 'deadline', code: 'deadline_before_plan' },
      { file: 'tasks.json', item: 'RW01-02', field: 'deadline', code: 'deadline_before_start' },
    ]);
  });

  it('names unknown units, chapters, links, bad dates and schema errors by item and field', () => {
    const { issues } = loadPlanPackage(
      withTasks([
        task({ lead: 'nobody', co: ['office', 'ghost'], unitsFrom: { lead: 'proposed', co: ['text'] } }),
        task({
          code: 'RW01-02',
          chapter: 'CH9',
          indicators: ['T99'],
          projects: ['X'],
          deadline: '2027-02-30',
        }),
        task({ code: 'RW01-03', output: 'poster' }),
      ]),
    );
    const found = errors(issues);
    expect(found).toContainEqual({
      file: 'tasks.json',
      item: 'tasks[2] RW01-03',
      field: 'output',
      code: 'schema_invalid_value',
    });
    // A schema error stops the file: the cross-file rules run once it parses.
    expect(found.filter((f) => f.item === 'RW01-01')).toEqual([]);
    const fixed = loadPlanPackage(
      withTasks([
        task({ lead: 'nobody', co: ['office', 'ghost'], unitsFrom: { lead: 'proposed', co: ['text'] } }),
        task({
          code: 'RW01-02',
          chapter: 'CH9',
          indicators: ['T99'],
          projects: ['X'],
          deadline: '2027-02-30',
        }),
      ]),
    );
    expect(errors(fixed.issues)).toEqual([
      { file: 'tasks.json', item: 'RW01-01', field: 'lead', code: 'unknown_unit' },
      { file: 'tasks.json', item: 'RW01-01', field: 'co[1]', code: 'unknown_unit' },
      { file: 'tasks.json', item: 'RW01-01', field: 'unitsFrom.co', code: 'units_from_length' },
      { file: 'tasks.json', item: 'RW01-02', field: 'chapter', code: 'unknown_reference' },
      { file: 'tasks.json', item: 'RW01-02', field: 'deadline', code: 'bad_date' },
      { file: 'tasks.json', item: 'RW01-02', field: 'indicators[0]', code: 'unknown_reference' },
      { file: 'tasks.json', item: 'RW01-02', field: 'projects[0]', code: 'unknown_reference' },
    ]);
  });
});
