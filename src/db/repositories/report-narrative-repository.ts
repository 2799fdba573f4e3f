/**
 * The office's narrative sections of a report, one revision per save; the latest counts.
 */
import type { Executor } from './executor';

export interface ReportNarrativeRevision {
  revision: number;
  problems: string;
  nextSteps: string;
  createdBy: number | null;
  createdAt: string;
}

export class ReportNarrativeRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  async history(planId: number, kind: string, asOf: string): Promise<ReportNarrativeRevision[]> {
    const rows = await this.db
      .selectFrom('report_narratives')
      .select(['revision', 'problems', 'next_steps', 'created_by', 'created_at'])
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('kind', '=', kind)
      .where('as_of', '=', asOf)
      .orderBy('revision')
      .execute();
    return rows.map((r) => ({
      revision: r.revision,
      problems: r.problems,
      nextSteps: r.next_steps,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }

  async append(
    planId: number,
    key: { kind: string; asOf: string },
    revision: number,
    text: { problems: string; nextSteps: string },
    createdBy: number | null,
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('report_narratives')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        kind: key.kind,
        as_of: key.asOf,
        revision,
        problems: text.problems,
        next_steps: text.nextSteps,
        created_by: createdBy,
        created_at: now,
      })
      .execute();
  }
}
