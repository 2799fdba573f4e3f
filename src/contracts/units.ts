/**
 * The unit catalogue for the web app (web may import contracts only): names of units in both
 * languages and what follows a number, the same the server's explanations and reports use.
 */
export { isPercentUnit, unitAfterNumber, unitName } from '../core/units';
