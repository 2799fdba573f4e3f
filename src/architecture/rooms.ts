/**
 * The rooms of the house and what each may import (docs/architecture.md). A room is named by where a
 * file lives; a rule names the rooms a room may import (allow) or must not import (deny). Packages from
 * node_modules are limited only where a rule lists them.
 */
import type { ImportEdge } from './import-graph';

export type Room =
  | 'core'
  | 'plan-text'
  | 'contracts'
  | 'i18n'
  | 'io'
  | 'db'
  | 'services'
  | 'routes'
  | 'server'
  | 'cli'
  | 'config'
  | 'architecture'
  | 'web'
  | 'bench'
  | 'e2e'
  | 'scripts';

const BY_PREFIX: ReadonlyArray<readonly [string, Room]> = [
  ['src/core/', 'core'],
  ['src/plan-text/', 'plan-text'],
  ['src/contracts/', 'contracts'],
  ['src/i18n/', 'i18n'],
  ['src/io/', 'io'],
  ['src/db/', 'db'],
  ['src/services/', 'services'],
  ['src/server/routes/', 'routes'],
  ['src/server/', 'server'],
  ['src/cli/', 'cli'],
  ['src/config.ts', 'config'],
  ['src/architecture', 'architecture'],
  ['web/', 'web'],
  ['bench/', 'bench'],
  ['e2e/', 'e2e'],
  ['scripts/', 'scripts'],
];

export function roomOf(path: string): Room | null {
  return BY_PREFIX.find(([prefix]) => path.startsWith(prefix))?.[1] ?? null;
}

/** The pure rooms: the evaluation core and the plan-text reader (core and the draft contracts' types only). */
const PURE: readonly Room[] = ['core', 'plan-text'];

interface Rule {
  readonly text: string;
  /** Rooms this room may import besides itself; absent = any room not in `deny`. */
  readonly allow?: readonly Room[];
  readonly deny?: readonly Room[];
  /** npm packages this room may import; absent = any package. Node built-ins count as packages. */
  readonly packages?: readonly string[];
}

export const RULES: Readonly<Partial<Record<Room, Rule>>> = {
  core: { text: 'core imports only core', allow: [], packages: [] },
  'plan-text': {
    text: 'plan-text imports only core and contracts',
    allow: ['core', 'contracts'],
    packages: [],
  },
  contracts: { text: 'contracts imports only core and zod', allow: [...PURE], packages: ['zod'] },
  i18n: { text: 'i18n imports only core', allow: [...PURE], packages: [] },
  io: { text: 'io imports only core and contracts', allow: [...PURE, 'contracts', 'i18n'] },
  db: { text: 'db imports only core and contracts', allow: [...PURE, 'contracts'] },
  services: { text: 'services do not import server or cli', deny: ['routes', 'server', 'cli'] },
  routes: { text: 'routes do not import db or io', deny: ['db', 'io', 'cli'] },
  server: { text: 'server does not import db repositories or cli', deny: ['cli'] },
  cli: { text: 'cli does not import db', deny: ['db', 'routes'] },
  config: { text: 'config does not import services', deny: ['services', 'routes', 'server', 'cli', 'db'] },
  web: { text: 'web imports only contracts and itself', allow: ['contracts'] },
};

export interface Breach {
  readonly edge: ImportEdge;
  readonly rule: string;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The import's breach of its room's rule, if any. */
export function breachOf(edge: ImportEdge): Breach | null {
  const from = roomOf(edge.from);
  const rule = from ? RULES[from] : undefined;
  if (!from || !rule) return null;
  if (edge.target === null) {
    if (edge.specifier.startsWith('.')) return { edge, rule: 'relative import resolves to no file' };
    const allowed = rule.packages === undefined || rule.packages.includes(packageName(edge.specifier));
    return allowed ? null : { edge, rule: rule.text };
  }
  const to = roomOf(edge.target);
  if (to === from) return null;
  if (to === null) return { edge, rule: `${rule.text} (target lies in no room)` };
  if (rule.allow && !rule.allow.includes(to)) return { edge, rule: rule.text };
  if (rule.deny?.includes(to)) return { edge, rule: rule.text };
  return null;
}

/**
 * The folder a file belongs to when cycles between folders are counted: a domain folder of services,
 * io, db or server (`src/services/reporting`), another room as a whole (`src/core` with its `sdg/`,
 * `src/cli` with its `commands/`), a top-level web folder, or a web page domain (`web/src/pages/project`).
 * A test-support folder belongs to the folder it serves.
 */
export function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'web') {
    const depth = parts[2] === 'pages' && parts.length > 4 ? 4 : 3;
    return parts.length > depth ? parts.slice(0, depth).join('/') : parts.slice(0, -1).join('/');
  }
  const layered = ['services', 'io', 'db', 'server'].includes(parts[1] ?? '');
  const depth = layered && parts.length > 3 ? 3 : 2;
  return parts.length > depth ? parts.slice(0, depth).join('/') : parts.slice(0, -1).join('/');
}

/** Test code: test files and their support folders. Production code never imports it. */
export function isTestCode(path: string): boolean {
  return /\.test\.tsx?$/.test(path) || /\/(test-support|testing|fixtures)\//.test(path);
}

const QUERY =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(|\bsql\s*`|\bsql\.(raw|table|ref|lit|join|id)\b/g;

/**
 * Lines outside db/ that build SQL (Kysely's query builder or the sql tag): only repositories write SQL.
 * `masked` is the source with comments and string contents blanked (maskSource), so prose about SQL
 * does not count.
 */
export function sqlLines(path: string, masked: string): number[] {
  if (path.startsWith('src/db/') || !path.startsWith('src/')) return [];
  return [...masked.matchAll(QUERY)].map((m) => masked.slice(0, m.index).split('\n').length);
}
