import { describe, expect, it } from 'vitest';
import { reportContentProblems } from './report-content';

describe('report content rules (server and form alike)', () => {
  it('refuses a value beyond the limit and progress outside 0–100, draft or not', () => {
    expect(reportContentProblems('indicator', { value: 2e15, progressPercent: 101 }, false)).toEqual([
      { field: 'value', code: 'bad_value' },
      { field: 'progressPercent', code: 'bad_percent' },
    ]);
    expect(reportContentProblems('indicator', { value: -50, progressPercent: 0 }, false)).toEqual([]);
  });

  it('asks each item type for what its submission needs', () => {
    expect(reportContentProblems('indicator', {}, true)).toEqual([
      { field: 'value', code: 'value_required' },
      { field: 'measure', code: 'measure_required' },
    ]);
    expect(reportContentProblems('task', { narrative: ' ' }, true)).toEqual([
      { field: 'narrative', code: 'narrative_required' },
    ]);
    // A task needs no value; a project needs both its investment and its 形象进度 (docs/projects.md §3).
    expect(reportContentProblems('task', { narrative: '已开工' }, true)).toEqual([]);
    expect(reportContentProblems('project', { measure: 'ytd' }, true)).toEqual([
      { field: 'value', code: 'value_required' },
      { field: 'narrative', code: 'narrative_required' },
    ]);
  });

  it('holds a project to the year-to-date measure even in a draft', () => {
    expect(reportContentProblems('project', { measure: 'level' }, false)).toEqual([
      { field: 'measure', code: 'project_measure_ytd' },
    ]);
    expect(
      reportContentProblems('project', { measure: 'ytd', value: 816, narrative: '主体封顶' }, true),
    ).toEqual([]);
  });
});
