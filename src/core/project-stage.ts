/**
 * Project stages (项目生命周期) and how a project moves between them (docs/projects.md §1):
 * 谋划 → 储备 → 前期 → 在建 → 竣工 → 投产. One step forward needs no reason; a skip forward or any
 * step back needs one. The "谋划一批、储备一批、建设一批" picture groups the stages into batches.
 */
import type { Bilingual } from './evaluation-result';

export const projectStages = [
  'conceived',
  'reserve',
  'preparation',
  'under_construction',
  'completed',
  'in_operation',
] as const;
export type ProjectStage = (typeof projectStages)[number];

export const stageNames: Record<ProjectStage, Bilingual> = {
  conceived: { zh: '谋划', en: 'conceived' },
  reserve: { zh: '储备', en: 'reserve' },
  preparation: { zh: '前期', en: 'preparation' },
  under_construction: { zh: '在建', en: 'under construction' },
  completed: { zh: '竣工', en: 'completed' },
  in_operation: { zh: '投产', en: 'in operation' },
};

/** 谋划一批、储备一批、建设一批 (第二十三章), and the projects already built (竣工投产一批). */
export type StageBatch = 'planning' | 'reserve' | 'construction' | 'built';
export const stageBatches: readonly StageBatch[] = ['planning', 'reserve', 'construction', 'built'];

export const stageBatch: Record<ProjectStage, StageBatch> = {
  conceived: 'planning',
  reserve: 'reserve',
  preparation: 'reserve',
  under_construction: 'construction',
  completed: 'built',
  in_operation: 'built',
};

export const batchNames: Record<StageBatch, Bilingual> = {
  planning: { zh: '谋划一批', en: 'being conceived' },
  reserve: { zh: '储备一批', en: 'in reserve' },
  construction: { zh: '建设一批', en: 'under construction' },
  built: { zh: '竣工投产一批', en: 'completed or in operation' },
};

export function isProjectStage(text: string): text is ProjectStage {
  return (projectStages as readonly string[]).includes(text);
}

export function stageIndex(stage: ProjectStage): number {
  return projectStages.indexOf(stage);
}

/** `next`: one stage forward; `skip`: more than one forward; `back`: any step back; `same`: no move. */
export type StageMoveKind = 'next' | 'skip' | 'back' | 'same';

export function stageMoveKind(from: ProjectStage, to: ProjectStage): StageMoveKind {
  const step = stageIndex(to) - stageIndex(from);
  if (step === 0) return 'same';
  if (step === 1) return 'next';
  return step > 1 ? 'skip' : 'back';
}

/** Moving back, or skipping stages forward, must say why (docs/projects.md §1). */
export function moveNeedsReason(kind: StageMoveKind): boolean {
  return kind === 'skip' || kind === 'back';
}

/** 开工: a project has started once it reached 在建 (or a later stage). */
export function isStarted(stage: ProjectStage): boolean {
  return stageIndex(stage) >= stageIndex('under_construction');
}

export function isFinished(stage: ProjectStage): boolean {
  return stageIndex(stage) >= stageIndex('completed');
}

/** One dated move in a project's stage history; `from` is null for the entry recording its creation. */
export interface StageEvent {
  from: ProjectStage | null;
  to: ProjectStage;
  /** YYYY-MM-DD; the history is in the order the moves were recorded, dates never decreasing. */
  on: string;
}

/**
 * The stage a project was in at the end of `date`. Without history it is `current`; before its first
 * move it is that move's `from` — null when the first entry records the project's creation (it was
 * not in the library yet).
 */
export function stageAt(
  current: ProjectStage,
  history: readonly StageEvent[],
  date: string,
): ProjectStage | null {
  const first = history[0];
  if (first === undefined) return current;
  let stage: ProjectStage | null = first.from;
  for (const move of history) {
    if (move.on > date) break;
    stage = move.to;
  }
  return stage;
}

/** 实际开工日期: the first move into a started stage. */
export function actualStartOf(history: readonly StageEvent[]): string | null {
  return history.find((m) => isStarted(m.to) && (m.from === null || !isStarted(m.from)))?.on ?? null;
}

/** 实际竣工日期: the first move into a finished stage. */
export function actualFinishOf(history: readonly StageEvent[]): string | null {
  return history.find((m) => isFinished(m.to) && (m.from === null || !isFinished(m.from)))?.on ?? null;
}
