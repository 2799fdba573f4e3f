/**
 * Proof that the contracts describe the API: the OpenAPI document passes a validator, every operation
 * describes its success and error bodies, and a client generated from it with openapi-typescript
 * type-checks a small program (program.ts) that then runs against a live server.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../db/test-support/test-databases';
import { allRoutes } from '../routes';
import { signIn, startTestApp, type TestApp } from '../test-support/test-app';

const run = promisify(execFile);
const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;
const here = resolve(import.meta.dirname);
const root = resolve(here, '../../..');

describe('the OpenAPI document and a client generated from it', () => {
  let t: TestApp;
  let doc: OpenAPIV3.Document;
  let dir: string;

  beforeAll(async () => {
    const [sqlite] = testDialects();
    if (!sqlite) throw new Error('no SQLite dialect');
    t = await startTestApp(sqlite, { includeDemo: false });
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    // Inside node_modules, so the program resolves openapi-fetch as any installed program does.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, 'lantu-openapi-client-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
  });
  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is a valid OpenAPI 3 document (swagger-parser)', async () => {
    // The validator resolves references in place: it gets a copy.
    const checked = await SwaggerParser.validate(structuredClone(doc) as never);
    expect(checked.info.title).toBe('蓝图 Lantu API');
  });

  it('describes the body of every response, and problem+json for errors', () => {
    const missing: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of methods) {
        const op = item?.[method];
        if (!op) continue;
        operations += 1;
        const where = `${method.toUpperCase()} ${path}`;
        const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
        if (success.length === 0) missing.push(`${where}: no success response`);
        for (const [status, response] of success) {
          const content = (response as OpenAPIV3.ResponseObject).content;
          if (status !== '204' && !content) missing.push(`${where} ${status}: no body described`);
        }
        const errors = (op.responses['4XX'] as OpenAPIV3.ResponseObject | undefined)?.content;
        if (!errors?.['application/problem+json']) missing.push(`${where}: no problem+json errors`);
      }
    }
    expect(missing).toEqual([]);
    expect(operations).toBe(allRoutes(10).length);
  });

  it('generates a typed client that type-checks the program, with every wrong use refused', async () => {
    await run(process.execPath, [
      join(here, 'generate-types.mjs'),
      join(dir, 'openapi.json'),
      join(dir, 'api.d.ts'),
    ]);
    copyFileSync(join(here, 'fixtures', 'program.ts'), join(dir, 'program.ts'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          module: 'preserve',
          moduleResolution: 'bundler',
          types: [],
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: true,
        },
        files: ['program.ts', 'api.d.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    // A wrong field in a contract either breaks a line the program uses or leaves a @ts-expect-error
    // unused; both fail here with the compiler's own message.
    const result = await run(tsc, ['-p', join(dir, 'tsconfig.json')]).catch((e: { stdout: string }) => e);
    expect(result.stdout).toBe('');
  }, 120_000);

  it('calls the live server through the generated client', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const runner = join(dir, 'run.mts');
    writeFileSync(
      runner,
      `import { walk } from './program.ts';\n` +
        `const [url, user, password, newPassword] = process.argv.slice(2);\n` +
        `console.log(JSON.stringify(await walk(url, user, password, newPassword)));\n`,
    );
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const newPassword = 'generated client 2024';
    const { stdout } = await run(tsx, [runner, address, 'admin', t.adminPassword, newPassword]);
    const walked = JSON.parse(stdout);
    const session = await signIn(t.app, 'admin', newPassword);
    const units = (await session.request('GET', '/api/units')).json();
    const dashboard = (await session.request('GET', '/api/plans/hebi-etdz-14th/dashboard?asOf=2023')).json();
    expect(walked).toEqual({
      username: 'admin',
      role: 'admin',
      unitCodes: units.map((u: { code: string }) => u.code),
      planCodes: ['hebi-etdz-14th'],
      indicators: dashboard.rollup.total,
      headline: dashboard.rollup.headline.zh,
      health: 'ok',
      refusedCode: 'login_failed',
      mustChange: false,
    });
  }, 60_000);
});
