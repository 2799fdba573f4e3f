/**
 * The colour light of a problem under 督办 (docs/projects.md §5): red past its deadline, yellow
 * within 3 days of it — or, while open, when the project itself is behind 序时进度 — green otherwise.
 * A closed problem keeps the light of how it was closed: green on time, red late.
 */
import type { Bilingual } from './evaluation-result';

export type ProblemLight = 'green' | 'yellow' | 'red';

/** Days before the deadline from which an open problem shows yellow. */
export const dueSoonDays = 3;

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export interface ProblemTiming {
  /** 办结时限, set when the problem is assigned; null before. */
  dueOn: string | null;
  /** 销号 date; null while open. */
  closedOn: string | null;
}

export interface LightResult {
  light: ProblemLight;
  reason: Bilingual;
}

export function problemLight(p: ProblemTiming, asOf: string, projectBehindPace = false): LightResult {
  if (p.closedOn !== null) {
    if (p.dueOn !== null && p.closedOn > p.dueOn) {
      const late = daysBetween(p.dueOn, p.closedOn);
      return {
        light: 'red',
        reason: { zh: `已销号,超期${late}天`, en: `closed ${late} day(s) after the deadline` },
      };
    }
    return { light: 'green', reason: { zh: '已按期销号', en: 'closed on time' } };
  }
  if (p.dueOn !== null) {
    const left = daysBetween(asOf, p.dueOn);
    if (left < 0) {
      return {
        light: 'red',
        reason: {
          zh: `已超过办结时限${p.dueOn},逾期${-left}天`,
          en: `${-left} day(s) past the deadline ${p.dueOn}`,
        },
      };
    }
    if (left <= dueSoonDays) {
      return {
        light: 'yellow',
        reason: {
          zh: left === 0 ? `今日到期(${p.dueOn})` : `距办结时限${p.dueOn}还有${left}天`,
          en: left === 0 ? `due today (${p.dueOn})` : `${left} day(s) left before the deadline ${p.dueOn}`,
        },
      };
    }
  }
  if (projectBehindPace) {
    return {
      light: 'yellow',
      reason: { zh: '项目投资完成低于序时进度', en: 'the project is behind the time-elapsed pace' },
    };
  }
  return {
    light: 'green',
    reason:
      p.dueOn === null
        ? { zh: '尚未交办', en: 'not assigned yet' }
        : { zh: `在办结时限${p.dueOn}内`, en: `within the deadline ${p.dueOn}` },
  };
}
