/**
 * A 督办单 as its readers see it: the notice, its light (red past the reply deadline, yellow within
 * 3 days of it, green otherwise; a closed notice keeps the light of how it was closed) and its steps.
 */
import type { SupervisionView } from '../../contracts/task-api';
import { problemLight } from '../../core/problem-light';
import {
  type Supervision,
  type SupervisionEvent,
  TaskSupervisionRepository,
} from '../../db/repositories/task-supervision-repository';
import type { ServiceContext } from '../context';
import { type TaskFacts, unitRef } from './task-facts';

export async function supervisionViews(
  ctx: ServiceContext,
  facts: TaskFacts,
  taskCode: string | null,
  asOf: string,
): Promise<SupervisionView[]> {
  const notices = facts.supervisions.filter((s) => taskCode === null || s.taskCode === taskCode);
  const events = await new TaskSupervisionRepository(ctx.database.db, ctx.tenantId).events(
    notices.map((s) => s.id),
  );
  return notices.map((s) => supervisionView(facts, s, events, asOf));
}

export function supervisionView(
  facts: TaskFacts,
  s: Supervision,
  events: readonly SupervisionEvent[],
  asOf: string,
): SupervisionView {
  const light = problemLight({ dueOn: s.replyDue, closedOn: s.closedOn }, asOf);
  return {
    id: s.id,
    task: s.taskCode,
    unit: unitRef(facts, s.unit),
    text: s.text,
    issuedOn: s.issuedOn,
    replyDue: s.replyDue,
    status: s.status,
    closedOn: s.closedOn,
    light: light.light,
    lightReason: light.reason,
    version: s.version,
    events: events
      .filter((e) => e.supervisionId === s.id)
      .map((e) => ({
        action: e.action,
        text: e.text,
        dueOn: e.dueOn,
        onDate: e.onDate,
        by: e.createdBy === null ? null : (facts.users.get(e.createdBy) ?? null),
        at: e.createdAt,
      })),
  };
}
