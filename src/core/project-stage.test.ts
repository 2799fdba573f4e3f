import { describe, expect, it } from 'vitest';
import {
  actualFinishOf,
  actualStartOf,
  moveNeedsReason,
  projectStages,
  type StageEvent,
  stageAt,
  stageBatch,
  stageMoveKind,
} from './project-stage';

describe('stage moves', () => {
  it('orders the stages 谋划 → 储备 → 前期 → 在建 → 竣工 → 投产', () => {
    expect(projectStages).toEqual([
      'conceived',
      'reserve',
      'preparation',
      'under_construction',
      'completed',
      'in_operation',
    ]);
  });

  it('needs a reason to move back or to skip forward, none for one step forward', () => {
    expect(stageMoveKind('reserve', 'preparation')).toBe('next');
    expect(stageMoveKind('reserve', 'under_construction')).toBe('skip');
    expect(stageMoveKind('under_construction', 'preparation')).toBe('back');
    expect(stageMoveKind('completed', 'completed')).toBe('same');
    expect(moveNeedsReason('next')).toBe(false);
    expect(moveNeedsReason('skip')).toBe(true);
    expect(moveNeedsReason('back')).toBe(true);
  });

  it('groups stages into 谋划一批、储备一批、建设一批', () => {
    expect(stageBatch.conceived).toBe('planning');
    expect(stageBatch.preparation).toBe('reserve');
    expect(stageBatch.under_construction).toBe('construction');
    expect(stageBatch.in_operation).toBe('built');
  });
});

describe('stage history', () => {
  const history: StageEvent[] = [
    { from: 'conceived', to: 'reserve', on: '2022-03-01' },
    { from: 'reserve', to: 'under_construction', on: '2023-04-10' },
    { from: 'under_construction', to: 'preparation', on: '2023-06-01' },
    { from: 'preparation', to: 'under_construction', on: '2023-09-01' },
    { from: 'under_construction', to: 'completed', on: '2024-08-31' },
  ];

  it('gives the stage on a date', () => {
    expect(stageAt('completed', history, '2021-12-31')).toBe('conceived');
    expect(stageAt('completed', history, '2022-03-01')).toBe('reserve');
    expect(stageAt('completed', history, '2023-07-01')).toBe('preparation');
    expect(stageAt('completed', history, '2024-12-31')).toBe('completed');
    expect(stageAt('reserve', [], '2020-01-01')).toBe('reserve');
  });

  it('knows a project added later was not in the library before it was added', () => {
    const added: StageEvent[] = [{ from: null, to: 'conceived', on: '2024-02-01' }];
    expect(stageAt('conceived', added, '2024-01-31')).toBeNull();
    expect(stageAt('conceived', added, '2024-02-01')).toBe('conceived');
  });

  it('dates the actual start and finish by the first move into them', () => {
    expect(actualStartOf(history)).toBe('2023-04-10');
    expect(actualFinishOf(history)).toBe('2024-08-31');
    expect(actualStartOf(history.slice(0, 1))).toBeNull();
  });
});
