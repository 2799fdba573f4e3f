/**
 * Files that hold a deployment's data — the SQLite database and its -wal/-shm, evidence uploads,
 * backups, the cookie secret — are owner-only: files 0600, folders 0700. The mode is set with chmod
 * after creation, so it does not depend on the umask the server was started with (open(2) and
 * mkdir(2) only ever narrow the mode they are given by it). This lives in db, the lowest layer that
 * touches the file system, so the database, the services and the server all use the same rule.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const privateFileMode = 0o600;
export const privateDirMode = 0o700;

/**
 * Creates `dir` and its missing parents owner-only. A folder that already existed is left as it is:
 * it may be the operator's (LANTU_DB=sqlite:/srv/shared/lantu.db) and is not ours to change.
 */
export function privateDir(dir: string): void {
  const first = mkdirSync(dir, { recursive: true, mode: privateDirMode });
  if (first === undefined) return;
  for (let d = resolve(dir); ; d = dirname(d)) {
    chmodSync(d, privateDirMode);
    if (d === resolve(first) || d === dirname(d)) break;
  }
}

/** Creates `path` empty if it does not exist, and makes it owner-only either way. */
export function privateFile(path: string): void {
  closeSync(openSync(path, 'a', privateFileMode));
  chmodSync(path, privateFileMode);
}

/** Writes `data` to `path`, owner-only before the first byte lands. */
export function writePrivateFile(path: string, data: string | Uint8Array): void {
  privateFile(path);
  writeFileSync(path, data);
}

/** Makes `path` owner-only if it exists (files SQLite made before this rule, such as an old -wal). */
export function keepPrivate(path: string): void {
  if (existsSync(path)) chmodSync(path, privateFileMode);
}
