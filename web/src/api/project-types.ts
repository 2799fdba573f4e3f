/**
 * Response shapes of the project library (docs/projects.md §8), taken as TYPES from the services and
 * the core, so a change on the server is a compile error here.
 */
import type { ProblemLight } from '../../../src/core/problem-light';
import type {
  IndustryChain,
  InvestorType,
  ProblemCategory,
  ProjectNature,
} from '../../../src/core/project-codes';
import type { AnnualCompletion, InvestmentPace } from '../../../src/core/project-progress';
import type { ProjectStage, StageBatch } from '../../../src/core/project-stage';
import type { ProjectWarning } from '../../../src/core/project-warnings';
import type { ProjectRevision } from '../../../src/db/repositories/project-repository';
import type { ProjectView, UnitRef } from '../../../src/services/projects/project-facts';
import type { ProjectDetail, projectCodeLists } from '../../../src/services/projects/project-library';
import type { MilestoneView } from '../../../src/services/projects/project-milestones';
import type { Pipeline, PipelineGroup } from '../../../src/services/projects/project-pipeline';
import type { ProblemEventView, ProblemView } from '../../../src/services/projects/project-problems';
import type {
  ColumnInvestment,
  ProjectsSummary,
  StuckProject,
} from '../../../src/services/projects/project-summary';

export type {
  AnnualCompletion,
  ColumnInvestment,
  IndustryChain,
  InvestmentPace,
  InvestorType,
  MilestoneView,
  Pipeline,
  PipelineGroup,
  ProblemCategory,
  ProblemEventView,
  ProblemLight,
  ProblemView,
  ProjectDetail,
  ProjectNature,
  ProjectRevision,
  ProjectStage,
  ProjectsSummary,
  ProjectView,
  ProjectWarning,
  StageBatch,
  StuckProject,
  UnitRef,
};

export type ProjectCodeLists = ReturnType<typeof projectCodeLists>;
export type ProjectList = { asOf: string; total: number; projects: ProjectView[] };
export type ProjectWarningList = { asOf: string; marginPoints: number; warnings: ProjectWarning[] };
export type ProblemDetail = ProblemView & { events: ProblemEventView[] };
export type ProjectRevisionView = ProjectRevision & { createdByName: string | null };
