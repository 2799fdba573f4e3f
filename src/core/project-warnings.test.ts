import { describe, expect, it } from 'vitest';
import { daysBetween, problemLight } from './problem-light';
import { annualCompletion } from './project-progress';
import { collectProjectWarnings, type ProjectWarningInput, projectWarnings } from './project-warnings';

describe('problem colour light', () => {
  it('is red past the deadline, yellow within 3 days of it, green before', () => {
    const due = { dueOn: '2024-10-20', closedOn: null };
    expect(problemLight(due, '2024-10-21')).toMatchObject({
      light: 'red',
      reason: { zh: '已超过办结时限2024-10-20,逾期1天' },
    });
    expect(problemLight(due, '2024-10-20').light).toBe('yellow');
    expect(problemLight(due, '2024-10-17')).toMatchObject({
      light: 'yellow',
      reason: { zh: '距办结时限2024-10-20还有3天' },
    });
    expect(problemLight(due, '2024-10-16').light).toBe('green');
  });

  it('is yellow while open when the project is behind 序时进度', () => {
    expect(problemLight({ dueOn: '2024-12-31', closedOn: null }, '2024-10-01', true).light).toBe('yellow');
    expect(problemLight({ dueOn: null, closedOn: null }, '2024-10-01', true).light).toBe('yellow');
    expect(problemLight({ dueOn: null, closedOn: null }, '2024-10-01').light).toBe('green');
  });

  it('keeps how a closed problem was closed: on time green, late red', () => {
    expect(problemLight({ dueOn: '2024-10-20', closedOn: '2024-10-20' }, '2025-01-01', true).light).toBe(
      'green',
    );
    expect(problemLight({ dueOn: '2024-10-20', closedOn: '2024-10-25' }, '2025-01-01')).toMatchObject({
      light: 'red',
      reason: { zh: '已销号,超期5天' },
    });
  });

  it('counts days across month and year ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });
});

describe('project warnings', () => {
  const base: ProjectWarningInput = {
    code: 'C3-P01',
    name: '海尔轻量化产业园',
    stage: 'under_construction',
    plannedStart: '2024-03-01',
    actualStart: '2024-03-20',
    completion: null,
    milestones: [],
    problems: [],
  };

  it('warns yellow beyond the margin behind 序时进度, red beyond twice the margin', () => {
    // 7 points behind: within the default 10-point margin, no warning.
    const seven = annualCompletion({ year: 2024, month: 9, planned: 1200, completed: 816 });
    expect(projectWarnings({ ...base, completion: seven }, '2024-10-15')).toEqual([]);
    // 600/1200 = 50% vs 75%: 25 points behind → red (> 20).
    const far = annualCompletion({ year: 2024, month: 9, planned: 1200, completed: 600 });
    const [w] = projectWarnings({ ...base, completion: far }, '2024-10-15');
    expect(w).toMatchObject({
      type: 'project_behind_pace',
      level: 'red',
      subject: 'C3-P01',
      since: '2024-09',
    });
    expect(w?.reason.zh).toBe(
      '海尔轻量化产业园:2024年1–9月累计完成投资600万元,完成年度计划的50%,低于序时进度25个百分点(预警线10个百分点)',
    );
    // 780/1200 = 65%: 10 points behind is not more than the margin; 5 with a margin of 5 is
    const ten = annualCompletion({ year: 2024, month: 9, planned: 1200, completed: 780 });
    expect(projectWarnings({ ...base, completion: ten }, '2024-10-15')).toEqual([]);
    expect(projectWarnings({ ...base, completion: seven }, '2024-10-15', { marginPoints: 5 })[0]?.level).toBe(
      'yellow',
    );
  });

  it('warns when the planned start has passed without a start', () => {
    const waiting = { ...base, stage: 'preparation' as const, actualStart: null };
    const [w] = projectWarnings(waiting, '2024-03-11');
    expect(w).toMatchObject({ type: 'project_start_overdue', level: 'yellow', since: '2024-03-01' });
    expect(w?.reason.zh).toBe('海尔轻量化产业园计划于2024-03-01开工,已过10天仍未开工(当前阶段:前期)');
    expect(projectWarnings(waiting, '2024-03-01')).toEqual([]);
  });

  it('warns for overdue milestones and red problems, not for met or open-in-time ones', () => {
    const p: ProjectWarningInput = {
      ...base,
      milestones: [
        { id: 1, name: '主体封顶', plannedOn: '2024-09-30', actualOn: null },
        { id: 2, name: '设备进场', plannedOn: '2024-08-31', actualOn: '2024-09-05' },
        { id: 3, name: '竣工验收', plannedOn: '2024-12-31', actualOn: null },
      ],
      problems: [
        { id: 7, category: 'land', dueOn: '2024-10-10', closedOn: null },
        { id: 8, category: 'funds', dueOn: '2024-10-16', closedOn: null },
        { id: 9, category: 'permits', dueOn: '2024-10-01', closedOn: '2024-10-05' },
      ],
    };
    const ws = collectProjectWarnings([p], '2024-10-15');
    expect(ws.map((w) => [w.type, w.level, w.ref])).toEqual([
      ['problem_overdue', 'red', 7],
      ['milestone_overdue', 'yellow', 1],
    ]);
    expect(ws[0]?.reason.zh).toBe('海尔轻量化产业园用地问题(#7)已超过办结时限2024-10-10,逾期5天');
    expect(ws[1]?.reason.zh).toBe('海尔轻量化产业园节点“主体封顶”计划2024-09-30完成,已逾期15天');
  });
});
