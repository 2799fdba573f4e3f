/**
 * The project stages in their order (谋划 → 投产), for clients that draw filters and the board before
 * the code list (GET /api/project-codes) arrives. The list itself lives in core/project-stage.ts.
 */
export { type ProjectStage, projectStages } from '../core/project-stage';
