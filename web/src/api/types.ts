/**
 * Response shapes of the API, taken as TYPES from the server's services and core (never their code),
 * so a change on the server shows up here as a compile error rather than a blank screen.
 */
import type { OutlineNode, PackageColumn, PackageProject } from '../../../src/contracts/plan-package';
import type { AnnualTargetRevision } from '../../../src/db/repositories/annual-target-repository';
import type { Attachment } from '../../../src/db/repositories/attachment-repository';
import type { AuditEntry } from '../../../src/db/repositories/audit-repository';
import type { OrgUnit, OrgUnitKind } from '../../../src/db/repositories/org-unit-repository';
import type { Report, ReportStatus } from '../../../src/db/repositories/report-repository';
import type { Round } from '../../../src/db/repositories/round-repository';
import type { Role, User } from '../../../src/db/repositories/user-repository';
import type { AssignmentView } from '../../../src/services/org-units/assignments';
import type {
  dashboard,
  IndicatorPage,
  IndicatorRowView,
  indicatorRows,
  planSummary,
} from '../../../src/services/plans/plan-views';
import type { listPlans } from '../../../src/services/plans/plans';
import type { InboxItem } from '../../../src/services/reporting/inbox';
import type { UnitProgress } from '../../../src/services/reporting/rounds';

export type {
  IndicatorEvaluation,
  IndicatorStatus,
  TrendVerdict,
  Warning,
  WarningLevel,
} from '../../../src/core/evaluation-result';
export type { Measure } from '../../../src/core/model';
export type * from './file-types';
export type * from './project-types';
export type {
  AnnualTargetRevision,
  AssignmentView,
  Attachment,
  AuditEntry,
  InboxItem,
  IndicatorPage,
  IndicatorRowView,
  OrgUnit,
  OrgUnitKind,
  OutlineNode,
  PackageColumn,
  PackageProject,
  Report,
  ReportStatus,
  Role,
  Round,
  UnitProgress,
  User,
};

export type PlanListItem = Awaited<ReturnType<typeof listPlans>>[number];
export type PlanSummary = ReturnType<typeof planSummary> & { defaultAsOf: string };
export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
export type IndicatorList = Awaited<ReturnType<typeof indicatorRows>>;
export type DashboardWarning = Dashboard['warnings'][number];
export type UnitLag = Dashboard['reports']['units'][number];

export interface Outline {
  outline: OutlineNode[];
  columns: PackageColumn[];
  projects: PackageProject[];
}

/** What sign-in, password change and /api/auth/me return. */
export interface SessionInfo {
  user: User;
  csrfToken: string;
  expiresAt?: string;
}
