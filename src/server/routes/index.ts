/**
 * Every API route, in one list: the server registers it, the OpenAPI document describes it, and the
 * authorization-matrix test walks it.
 */
import type { AnyRoute } from '../http/route';
import { adminRoutes } from './admin';
import { attachmentRoutes } from './attachments';
import { authRoutes } from './auth';
import { evaluationReportRoutes } from './evaluation-reports';
import { fileRoutes } from './files';
import { healthRoutes } from './health';
import { planDraftRoutes } from './plan-drafts';
import { planRoutes } from './plans';
import { projectRoutes } from './projects';
import { reportRoutes } from './reports';
import { roundRoutes } from './rounds';
import { taskRoutes } from './tasks';

export function allRoutes(loginRateLimit: number): AnyRoute[] {
  return [
    ...healthRoutes,
    ...authRoutes(loginRateLimit),
    ...planRoutes,
    ...planDraftRoutes,
    ...roundRoutes,
    ...reportRoutes,
    ...attachmentRoutes,
    ...projectRoutes,
    ...taskRoutes,
    ...adminRoutes,
    ...fileRoutes,
    ...evaluationReportRoutes,
  ];
}
