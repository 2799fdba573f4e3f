/**
 * The list of migrations, in order. A static list (rather than reading the folder) keeps them working
 * when Lantu is bundled or run from another directory; a test checks it matches the folder.
 */
import type { Migration } from 'kysely';
import * as initialSchema from './20261127060000-initial-schema';

export const migrations: Record<string, Migration> = {
  '20261127060000-initial-schema': initialSchema,
};
