/**
 * The rules of tasks.json that need the rest of the package (docs/tasks.md §1): every task names a
 * lead unit (a task without one cannot be published), its units exist, its chapter is a chapter, its
 * dates are real days inside the plan, its links point at indicators and projects the package has.
 */
import type { Bilingual, InputIssue } from '../../contracts/issue';
import { isIsoDate } from '../../contracts/office-calendar';
import type { PlanPackage } from '../../contracts/plan-package';

const file = 'tasks.json';

export function checkTaskRules(plan: PlanPackage): InputIssue[] {
  const issues: InputIssue[] = [];
  const tasks = plan.tasks ?? [];
  const error = (item: string, field: string | null, code: string, message: Bilingual) =>
    issues.push({ file, item, field, code, severity: 'error', message });
  const units = new Set(plan.units.map((u) => u.code));
  const chapters = new Set(plan.outline.filter((n) => n.kind === 'chapter').map((n) => n.id));
  const indicators = new Set(plan.indicators.map((i) => i.code));
  const projects = new Set(plan.projects.map((p) => p.code));
  const planStart = `${plan.meta.period.start}-01-01`;
  const planEnd = `${plan.meta.period.end}-12-31`;
  const seen = new Set<string>();

  for (const task of tasks) {
    const item = task.code;
    if (seen.has(task.code)) {
      error(item, 'code', 'duplicate_code', {
        zh: `任务编号重复:${task.code}`,
        en: `duplicate task code: ${task.code}`,
      });
    }
    seen.add(task.code);
    if (!chapters.has(task.chapter)) {
      error(item, 'chapter', 'unknown_reference', {
        zh: `章 ${task.chapter} 不存在`,
        en: `chapter ${task.chapter} does not exist`,
      });
    }
    if (task.lead === null) {
      error(item, 'lead', 'task_no_lead', {
        zh: '任务没有牵头单位,不能发布',
        en: 'the task has no lead unit and cannot be published',
      });
    } else if (!units.has(task.lead)) {
      error(item, 'lead', 'unknown_unit', {
        zh: `牵头单位 ${task.lead} 不在 units.json 中`,
        en: `lead unit ${task.lead} is not in units.json`,
      });
    }
    for (const [i, co] of task.co.entries()) {
      if (!units.has(co)) {
        error(item, `co[${i}]`, 'unknown_unit', {
          zh: `配合单位 ${co} 不在 units.json 中`,
          en: `co-unit ${co} is not in units.json`,
        });
      } else if (co === task.lead) {
        error(item, `co[${i}]`, 'co_is_lead', {
          zh: `${co} 已是牵头单位,不能同时是配合单位`,
          en: `${co} is the lead unit and cannot also be a co-unit`,
        });
      }
    }
    if (task.unitsFrom.co.length !== task.co.length) {
      error(item, 'unitsFrom.co', 'units_from_length', {
        zh: '配合单位的来源应与配合单位一一对应',
        en: 'unitsFrom.co must have one entry per co-unit',
      });
    }
    checkDates(task, planStart, planEnd, (field, code, message) => error(item, field, code, message));
    for (const [i, m] of task.milestones.entries()) {
      if (m.year < plan.meta.period.start || m.year > plan.meta.period.end) {
        error(item, `milestones[${i}].year`, 'year_outside_plan', {
          zh: `节点年份 ${m.year} 不在规划期 ${plan.meta.period.start}–${plan.meta.period.end} 内`,
          en: `milestone year ${m.year} is outside the plan period ${plan.meta.period.start}–${plan.meta.period.end}`,
        });
      }
    }
    for (const [i, code] of task.indicators.entries()) {
      if (!indicators.has(code)) {
        error(item, `indicators[${i}]`, 'unknown_reference', {
          zh: `指标 ${code} 不存在`,
          en: `indicator ${code} does not exist`,
        });
      }
    }
    for (const [i, code] of task.projects.entries()) {
      if (!projects.has(code)) {
        error(item, `projects[${i}]`, 'unknown_reference', {
          zh: `项目 ${code} 不存在`,
          en: `project ${code} does not exist`,
        });
      }
    }
  }
  return issues;
}

function checkDates(
  task: { start: string; deadline: string },
  planStart: string,
  planEnd: string,
  error: (field: string, code: string, message: Bilingual) => void,
): void {
  const bad = (['start', 'deadline'] as const).filter((f) => !isIsoDate(task[f]));
  for (const field of bad) {
    error(field, 'bad_date', {
      zh: `${task[field]} 不是有效日期`,
      en: `${task[field]} is not a valid date`,
    });
  }
  if (bad.length > 0) return;
  if (task.deadline < planStart) {
    error('deadline', 'deadline_before_plan', {
      zh: `完成时限 ${task.deadline} 早于规划期开始(${planStart})`,
      en: `the deadline ${task.deadline} is before the plan starts (${planStart})`,
    });
  } else if (task.deadline < task.start) {
    error('deadline', 'deadline_before_start', {
      zh: `完成时限 ${task.deadline} 早于开始日期 ${task.start}`,
      en: `the deadline ${task.deadline} is before the start ${task.start}`,
    });
  }
  if (task.deadline > planEnd) {
    error('deadline', 'deadline_after_plan', {
      zh: `完成时限 ${task.deadline} 晚于规划期末(${planEnd})`,
      en: `the deadline ${task.deadline} is after the plan ends (${planEnd})`,
    });
  }
}
