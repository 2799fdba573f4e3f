/**
 * The list of migrations, in order. A static list (rather than reading the folder) keeps them working
 * when Lantu is bundled or run from another directory; a test checks it matches the folder.
 */
import type { Migration } from 'kysely';
import * as initialSchema from './20261127060000-initial-schema';
import * as projectLibrary from './20261127120000-project-library';
import * as reportNarratives from './20261127130000-report-narratives';
import * as planSeriesCache from './20261127140000-plan-series-cache';
import * as ledgerIndex from './20261127150000-ledger-index';
import * as reportBasedOnRevision from './20261202001700-report-based-on-revision';
import * as planDrafts from './20261202231100-plan-drafts';
import * as keyTasks from './20261202234500-key-tasks';
import * as taskResponsibility from './20261203000500-task-responsibility';

export const migrations: Record<string, Migration> = {
  '20261127060000-initial-schema': initialSchema,
  '20261127120000-project-library': projectLibrary,
  '20261127130000-report-narratives': reportNarratives,
  '20261127140000-plan-series-cache': planSeriesCache,
  '20261127150000-ledger-index': ledgerIndex,
  '20261202001700-report-based-on-revision': reportBasedOnRevision,
  '20261202231100-plan-drafts': planDrafts,
  '20261202234500-key-tasks': keyTasks,
  '20261203000500-task-responsibility': taskResponsibility,
};
