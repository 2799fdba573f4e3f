/**
 * Roles and permissions, shared by the server (which decides every request, services/authorization.ts)
 * and the web app (which only hides what a person cannot use). One table, so the two cannot drift.
 */

export type Role = 'admin' | 'plan_office' | 'reporter' | 'reviewer' | 'leader';
export const roles: readonly Role[] = ['admin', 'plan_office', 'reporter', 'reviewer', 'leader'];

export type Permission =
  /** Read plans, indicators, evaluations, dashboards (public: public plans only). */
  | 'plan.read'
  /** Load plans, edit their definition, publish them. */
  | 'plan.manage'
  | 'assignment.manage'
  | 'annual_target.manage'
  | 'round.manage'
  | 'round.read'
  /** Read reports: office, leaders, and the unit's own reporters and reviewers. */
  | 'report.read'
  /** Save and submit a report of one's own unit. */
  | 'report.write'
  /** Approve or return a report of one's own unit. */
  | 'report.review'
  /**
   * 代为上传: upload a unit's filled template on its behalf — the unit sent it by e-mail or on paper.
   * The rows become that unit's drafts, saved under the office's name; the unit still submits them.
   */
  | 'report.proxy'
  /** Enter values directly in the ledger (the plan office's own statistics). */
  | 'ledger.write'
  /** Restore an earlier revision (itself a new revision). */
  | 'ledger.restore'
  /** Add and edit projects of the library, move their stages, set annual plans, milestones, 督办. */
  | 'project.manage'
  /**
   * A unit's part in the project library: raise a problem on its project, answer a problem assigned to
   * it, record a milestone it is responsible for (checked against the unit, like reports).
   */
  | 'project.report'
  /** 重点任务: the office's own judgement over a unit's status, and 督办单 (issue, extend, 销号). */
  | 'task.supervise'
  | 'unit.manage'
  | 'user.manage'
  | 'audit.read'
  /** Anyone signed in: their own account, password change, logout. */
  | 'self';

/** What each role may do — one table for the server's decisions and the browser's menu. */
export const roleGrants: Record<Role, readonly Permission[]> = {
  admin: [
    'plan.read',
    'plan.manage',
    'assignment.manage',
    'annual_target.manage',
    'round.manage',
    'round.read',
    'report.read',
    'report.proxy',
    'ledger.write',
    'ledger.restore',
    'project.manage',
    'project.report',
    'task.supervise',
    'unit.manage',
    'user.manage',
    'audit.read',
    'self',
  ],
  plan_office: [
    'plan.read',
    'plan.manage',
    'assignment.manage',
    'annual_target.manage',
    'round.manage',
    'round.read',
    'report.read',
    'report.proxy',
    'ledger.write',
    'project.manage',
    'project.report',
    'task.supervise',
    'unit.manage',
    'audit.read',
    'self',
  ],
  reporter: ['plan.read', 'round.read', 'report.read', 'report.write', 'project.report', 'self'],
  reviewer: ['plan.read', 'round.read', 'report.read', 'report.review', 'project.report', 'self'],
  leader: ['plan.read', 'round.read', 'report.read', 'self'],
};
