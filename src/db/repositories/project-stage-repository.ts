/**
 * A project's stage history (谋划 → … → 投产): every move appended, dated, with who and why.
 */
import { chunks, type Executor } from './executor';

export type StageMoveRecordKind = 'created' | 'next' | 'skip' | 'back';

export interface StageMove {
  id: number;
  projectCode: string;
  fromStage: string | null;
  toStage: string;
  movedOn: string;
  kind: StageMoveRecordKind;
  reason: string | null;
  createdBy: number | null;
  createdAt: string;
}

export class ProjectStageRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  async append(planId: number, m: Omit<StageMove, 'id'>): Promise<StageMove> {
    const { id } = await this.db
      .insertInto('project_stage_moves')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        project_code: m.projectCode,
        from_stage: m.fromStage,
        to_stage: m.toStage,
        moved_on: m.movedOn,
        kind: m.kind,
        reason: m.reason,
        created_by: m.createdBy,
        created_at: m.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, ...m };
  }

  /** Many moves in few statements, in the order given (loading a package's demo histories). */
  async appendMany(planId: number, moves: readonly Omit<StageMove, 'id'>[]): Promise<void> {
    for (const part of chunks(moves, 200)) {
      await this.db
        .insertInto('project_stage_moves')
        .values(
          part.map((m) => ({
            tenant_id: this.tenantId,
            plan_id: planId,
            project_code: m.projectCode,
            from_stage: m.fromStage,
            to_stage: m.toStage,
            moved_on: m.movedOn,
            kind: m.kind,
            reason: m.reason,
            created_by: m.createdBy,
            created_at: m.createdAt,
          })),
        )
        .execute();
    }
  }

  /** The moves of a plan's projects (or one project's), in the order they were recorded. */
  async history(planId: number, projectCode?: string): Promise<StageMove[]> {
    let q = this.db
      .selectFrom('project_stage_moves')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
    if (projectCode !== undefined) q = q.where('project_code', '=', projectCode);
    const rows = await q.orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      projectCode: r.project_code,
      fromStage: r.from_stage,
      toStage: r.to_stage,
      movedOn: r.moved_on,
      kind: r.kind as StageMoveRecordKind,
      reason: r.reason,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }
}
