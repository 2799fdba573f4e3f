/**
 * How the move form describes a move before it is sent: one step forward, a skip forward, or a step
 * back — the last two need a reason (docs/projects.md §1). Only a hint: the server decides and its
 * refusal is shown as it words it.
 */

import { projectStages } from '../../../../src/contracts/project-stages';
import type { ProjectStage } from '../../api/types';

export type MoveKind = 'next' | 'skip' | 'back' | 'same';

export function moveKind(from: ProjectStage, to: ProjectStage): MoveKind {
  const step = projectStages.indexOf(to) - projectStages.indexOf(from);
  if (step === 0) return 'same';
  if (step === 1) return 'next';
  return step > 1 ? 'skip' : 'back';
}

export function asksForReason(kind: MoveKind): boolean {
  return kind === 'skip' || kind === 'back';
}
