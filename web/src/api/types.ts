/**
 * Response shapes of the API, as the contracts describe them (src/contracts, types by z.infer): the
 * server's routes declare the same schemas, so a change there shows up here as a compile error rather
 * than a blank screen.
 */
import type { Role } from '../../../src/contracts/permissions';

export type {
  AnnualTargetRevision,
  AssignmentView,
  AuditEntry,
  OrgUnit,
  OrgUnitKind,
  User,
} from '../../../src/contracts/admin-api';
export type { Measure } from '../../../src/contracts/common-api';
export type {
  IndicatorEvaluation,
  IndicatorStatus,
  TrendVerdict,
  Warning,
  WarningLevel,
} from '../../../src/contracts/evaluation-api';
export type { OutlineNode, PackageColumn, PackageProject } from '../../../src/contracts/plan-package';
export type {
  Dashboard,
  DashboardWarning,
  IndicatorList,
  IndicatorPage,
  IndicatorRowView,
  Outline,
  PlanListItem,
  PlanSummary,
  UnitLag,
} from '../../../src/contracts/plans-api';
export type { Attachment, InboxItem, Report } from '../../../src/contracts/reporting-api';
export type { ReportStatus, Round, UnitProgress } from '../../../src/contracts/rounds-api';
export type { SessionInfo } from '../../../src/contracts/session-api';
export type * from './file-types';
export type * from './project-types';
export type { Role };
