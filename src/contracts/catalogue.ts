/**
 * The rules and names the web app needs at run time — status names and their order, the period
 * pattern, the value limit — without loading zod into the browser. Their one home is core.
 */
export { indicatorStatuses, statusNames } from '../core/indicator-status';
export { periodPattern } from '../core/period';
export { valueLimit } from '../core/value-limits';
