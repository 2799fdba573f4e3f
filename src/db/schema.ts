/**
 * Kysely table types, mirroring src/db/migrations. Generated<number> for ids the database assigns.
 * Timestamps are ISO text; JSON columns end in _json; booleans are 0/1.
 */
import type { Generated } from 'kysely';

export interface TenantsTable {
  id: Generated<number>;
  code: string;
  name: string;
  created_at: string;
}

export interface PlansTable {
  id: Generated<number>;
  tenant_id: number;
  code: string;
  name: string;
  short_name: string;
  name_en: string;
  base_year: number;
  target_year: number;
  period_start: number;
  period_end: number;
  vision_year: number | null;
  meta_json: string;
  is_public: Generated<number>;
  version: Generated<number>;
  data_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PlanRevisionsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  version: number;
  package_json: string;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface OutlineNodesTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  code: string;
  kind: string;
  number: number | null;
  title: string;
  parent_code: string | null;
  summary: string | null;
  position: number;
  provenance_json: string;
}

export interface IndicatorsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  code: string;
  name: string;
  unit: string;
  category: string;
  attribute: string;
  kind: string;
  source: string;
  table_no: number | null;
  chapter_code: string | null;
  definition_json: string;
  is_public: Generated<number>;
  position: number;
  version: Generated<number>;
  updated_at: string;
}

export interface PlanColumnsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  code: string;
  number: number;
  title: string;
  chapter_code: string;
  definition_json: string;
}

export interface ProjectsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  code: string;
  name: string;
  column_code: string | null;
  programme_code: string | null;
  chapter_code: string | null;
  definition_json: string;
  version: Generated<number>;
  created_at: string;
  /** Added by 20261127120000-project-library. */
  origin: Generated<string>;
  stage: Generated<string>;
  leader: string | null;
  park_unit_id: number | null;
  chain: string | null;
  owner: string | null;
  nature: string | null;
  investor: string | null;
  total_investment: number | null;
  planned_start: string | null;
  planned_finish: string | null;
  updated_by: number | null;
  updated_at: string | null;
}

export interface OrgUnitsTable {
  id: Generated<number>;
  tenant_id: number;
  code: string;
  name: string;
  name_en: string;
  kind: string;
  named_in_plan: Generated<number>;
  active: Generated<number>;
  version: Generated<number>;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  tenant_id: number;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  unit_id: number | null;
  active: Generated<number>;
  must_change_password: Generated<number>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  password_changed_at: string;
  version: Generated<number>;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  tenant_id: number;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AssignmentsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  item_type: string;
  item_code: string;
  unit_id: number;
  role: string;
  created_by: number | null;
  created_at: string;
  revoked_by: number | null;
  revoked_at: string | null;
}

export interface AnnualTargetsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  indicator_code: string;
  year: number;
  value: number;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface RoundsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  name: string;
  period: string;
  opens_on: string;
  due_on: string;
  status: string;
  scope_json: string;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
}

export interface RoundUnitsTable {
  id: Generated<number>;
  tenant_id: number;
  round_id: number;
  unit_id: number;
  due_on: string;
  reminders: Generated<number>;
  last_reminded_at: string | null;
}

export interface ReportsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  round_id: number;
  unit_id: number;
  item_type: string;
  item_code: string;
  status: string;
  period: string;
  measure: string | null;
  value: number | null;
  progress_percent: number | null;
  narrative: string | null;
  review_comment: string | null;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: string;
  submitted_at: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  /** The ledger revision of the report's key when it was submitted (null before submission). */
  based_on_revision: number | null;
}

export interface ReportRevisionsTable {
  id: Generated<number>;
  tenant_id: number;
  report_id: number;
  version: number;
  action: string;
  status: string;
  snapshot_json: string;
  comment: string | null;
  actor_id: number | null;
  at: string;
}

export interface ObservationsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  indicator_code: string;
  period: string;
  measure: string;
  value: number;
  layer: string;
  revision: number;
  source: string | null;
  reason: string | null;
  report_id: number | null;
  created_by: number | null;
  created_at: string;
}

export interface AttachmentsTable {
  id: Generated<number>;
  tenant_id: number;
  report_id: number;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: number | null;
  created_at: string;
}

export interface CommentsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  item_type: string;
  item_code: string;
  text: string;
  created_by: number | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  tenant_id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

export interface ProjectRevisionsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  project_code: string;
  version: number;
  snapshot_json: string;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface ProjectStageMovesTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  project_code: string;
  from_stage: string | null;
  to_stage: string;
  moved_on: string;
  kind: string;
  reason: string | null;
  created_by: number | null;
  created_at: string;
}

export interface ProjectAnnualPlansTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  project_code: string;
  year: number;
  value: number;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface ProjectInvestmentsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  project_code: string;
  period: string;
  value: number;
  progress: string | null;
  revision: number;
  source: string | null;
  reason: string | null;
  report_id: number | null;
  created_by: number | null;
  created_at: string;
}

export interface ProjectMilestonesTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  project_code: string;
  name: string;
  planned_on: string;
  actual_on: string | null;
  unit_id: number | null;
  note: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
}

export interface ProjectProblemsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  project_code: string;
  category: string;
  description: string;
  raised_unit_id: number | null;
  raised_on: string;
  assigned_unit_id: number | null;
  due_on: string | null;
  status: string;
  closed_on: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ProjectProblemEventsTable {
  id: Generated<number>;
  tenant_id: number;
  problem_id: number;
  action: string;
  text: string | null;
  unit_id: number | null;
  due_on: string | null;
  on_date: string;
  actor_id: number | null;
  at: string;
}

export interface ReportNarrativesTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  kind: string;
  as_of: string;
  revision: number;
  problems: string;
  next_steps: string;
  created_by: number | null;
  created_at: string;
}

/** A plan read from its document, under review: see migration 20261202231100-plan-drafts. */
export interface PlanDraftsTable {
  id: Generated<number>;
  tenant_id: number;
  code: string;
  file_name: string;
  /** DraftSource as JSON. */
  source: string;
  /** The document's lines as a JSON array; quotes point into them. */
  lines: string;
  status: string;
  revision: number;
  plan_id: number | null;
  created_by: number | null;
  created_at: string;
  published_by: number | null;
  published_at: string | null;
}

/** Every save of a draft's candidates (DraftCandidates as JSON). */
export interface PlanDraftRevisionsTable {
  id: Generated<number>;
  tenant_id: number;
  draft_id: number;
  revision: number;
  candidates: string;
  created_by: number | null;
  created_at: string;
}

/** Derived, rebuildable: see migration 20261127140000-plan-series-cache. */
export interface PlanSeriesTable {
  tenant_id: number;
  plan_id: number;
  dataset: string;
  data_version: number;
  layers_json: string;
  series_json: string;
}

/** 20261202234500-key-tasks: the plan's tasks, their ledger, co-units' parts, judgements, 督办. */
export interface PlanTasksTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  task_code: string;
  chapter_code: string;
  lead_unit_code: string;
  co_units_json: string;
  start_on: string;
  deadline: string;
  definition_json: string;
  created_by: number | null;
  created_at: string;
}

/** A revision of a task's lead unit, co-units and deadline; the newest is in force. */
export interface TaskResponsibilityChangesTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  task_code: string;
  revision: number;
  lead_unit_code: string;
  co_units_json: string;
  deadline: string;
  source: string;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface TaskReportsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  task_code: string;
  period: string;
  revision: number;
  action: string;
  state: string;
  unit_code: string;
  done_text: string;
  percent: number;
  unit_status: string;
  problems: string | null;
  next_steps: string | null;
  lower_reason: string | null;
  evidence_json: string;
  comment: string | null;
  created_by: number | null;
  created_at: string;
}

export interface TaskContributionsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  task_code: string;
  period: string;
  unit_code: string;
  text: string;
  created_by: number | null;
  created_at: string;
}

export interface TaskJudgementsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  task_code: string;
  period: string;
  status: string;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface TaskSupervisionsTable {
  id: Generated<number>;
  tenant_id: number;
  plan_id: number;
  task_code: string;
  unit_code: string;
  text: string;
  issued_on: string;
  reply_due: string;
  status: string;
  closed_on: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
}

export interface TaskSupervisionEventsTable {
  id: Generated<number>;
  tenant_id: number;
  supervision_id: number;
  action: string;
  text: string | null;
  due_on: string | null;
  on_date: string;
  created_by: number | null;
  created_at: string;
}

export interface EvidenceLinksTable {
  id: Generated<number>;
  tenant_id: number;
  attachment_id: number;
  plan_id: number;
  item_type: string;
  item_code: string;
  created_by: number | null;
  created_at: string;
}

export interface DB {
  tenants: TenantsTable;
  plans: PlansTable;
  plan_revisions: PlanRevisionsTable;
  outline_nodes: OutlineNodesTable;
  indicators: IndicatorsTable;
  plan_columns: PlanColumnsTable;
  projects: ProjectsTable;
  org_units: OrgUnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  assignments: AssignmentsTable;
  annual_targets: AnnualTargetsTable;
  rounds: RoundsTable;
  round_units: RoundUnitsTable;
  reports: ReportsTable;
  report_revisions: ReportRevisionsTable;
  observations: ObservationsTable;
  attachments: AttachmentsTable;
  comments: CommentsTable;
  audit_log: AuditLogTable;
  report_narratives: ReportNarrativesTable;
  plan_series: PlanSeriesTable;
  project_revisions: ProjectRevisionsTable;
  project_stage_moves: ProjectStageMovesTable;
  project_annual_plans: ProjectAnnualPlansTable;
  project_investments: ProjectInvestmentsTable;
  project_milestones: ProjectMilestonesTable;
  project_problems: ProjectProblemsTable;
  project_problem_events: ProjectProblemEventsTable;
  plan_drafts: PlanDraftsTable;
  plan_draft_revisions: PlanDraftRevisionsTable;
  plan_tasks: PlanTasksTable;
  task_responsibility_changes: TaskResponsibilityChangesTable;
  task_reports: TaskReportsTable;
  task_contributions: TaskContributionsTable;
  task_judgements: TaskJudgementsTable;
  task_supervisions: TaskSupervisionsTable;
  task_supervision_events: TaskSupervisionEventsTable;
  evidence_links: EvidenceLinksTable;
}
