/**
 * The backup file: gzip'd JSON lines — a header, then one line per table row, then the evidence
 * files. Portable between SQLite and PostgreSQL, so the same file restores on either (and moves a
 * deployment from one to the other).
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';

export interface BackupHeader {
  format: 'lantu-backup';
  formatVersion: 1;
  createdAt: string;
  /** The last migration applied to the source: a restore target must be at the same one. */
  migration: string;
  dialect: string;
  tables: string[];
}

export type BackupLine =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'row'; table: string; row: Record<string, unknown> }
  | { kind: 'file'; tenantId: number; key: string; base64: string };

export class BackupWriter {
  private readonly gzip = createGzip();
  private readonly done: Promise<void>;

  constructor(path: string) {
    const out = createWriteStream(path);
    this.gzip.pipe(out);
    this.done = once(out, 'finish').then(() => undefined);
  }

  async write(line: BackupLine): Promise<void> {
    if (!this.gzip.write(`${JSON.stringify(line)}\n`)) await once(this.gzip, 'drain');
  }

  async close(): Promise<void> {
    this.gzip.end();
    await this.done;
  }
}

export async function* readBackup(path: string): AsyncGenerator<BackupLine> {
  const lines = createInterface({
    input: createReadStream(path).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const text of lines) {
    if (text.trim() === '') continue;
    yield JSON.parse(text) as BackupLine;
  }
}
