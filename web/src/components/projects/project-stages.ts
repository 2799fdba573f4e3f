/**
 * The stages in their order (谋划 → 投产), as the API's code list gives them (GET /api/project-codes);
 * kept here so filters and the board can be drawn before that answer arrives.
 */
import type { ProjectStage } from '../../api/types';

export const projectStages: readonly ProjectStage[] = [
  'conceived',
  'reserve',
  'preparation',
  'under_construction',
  'completed',
  'in_operation',
];
