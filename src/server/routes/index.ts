/**
 * Every API route, in one list: the server registers it, the OpenAPI document describes it, and the
 * authorization-matrix test walks it.
 */
import type { AnyRoute } from '../route';
import { authRoutes } from './auth';
import { healthRoutes } from './health';

export function allRoutes(loginRateLimit: number): AnyRoute[] {
  return [...healthRoutes, ...authRoutes(loginRateLimit)];
}
