/**
 * The response check that API tests run with: a body its contract does not describe — a wrong type,
 * a member too many — answers 500 naming the member, and a body that matches goes out unchanged.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../db/connection';
import { testDialects } from '../db/test-support/test-databases';
import { buildApp } from './app';
import { defineRoute } from './http/route';

const contract = z.object({ total: z.number(), names: z.array(z.object({ zh: z.string() })) });
const routes = [
  defineRoute({
    method: 'GET',
    url: '/api/test/right',
    access: 'public',
    summary: 'matches',
    tags: ['test'],
    response: { 200: contract },
    handler: async () => ({ total: 2, names: [{ zh: '甲' }, { zh: '乙' }] }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/test/wrong-type',
    access: 'public',
    summary: 'a number sent as text',
    tags: ['test'],
    response: { 200: contract },
    handler: async ({ reply }) => reply.send({ total: '2', names: [] }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/test/extra',
    access: 'public',
    summary: 'a member the contract does not name',
    tags: ['test'],
    response: { 200: contract },
    handler: async ({ reply }) => reply.send({ total: 1, names: [{ zh: '甲', en: 'A' }] }),
  }),
];

describe('response check', () => {
  let app: FastifyInstance;
  let database: Database;

  beforeAll(async () => {
    const [sqlite] = testDialects();
    if (!sqlite) throw new Error('no SQLite dialect');
    ({ database } = await sqlite.create());
    app = await buildApp({
      database,
      tenantId: 1,
      cookieSecret: 'test-secret-test-secret-test-secret',
      scryptN: 16,
      sessionHours: 1,
      dataDir: mkdtempSync(join(tmpdir(), 'lantu-data-')),
      extraRoutes: routes,
      checkResponses: true,
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lets a body that matches its contract go out as built', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/right' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ total: 2, names: [{ zh: '甲' }, { zh: '乙' }] });
  });

  it('answers 500 naming a member of the wrong type', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/wrong-type' });
    expect(res.statusCode).toBe(500);
    expect(res.json().code).toBe('response_contract_broken');
    expect(res.json().issues.map((i: { field: string }) => i.field)).toEqual(['total']);
  });

  it('answers 500 naming a member the contract does not describe', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/extra' });
    expect(res.statusCode).toBe(500);
    expect(res.json().messages.en).toContain('names[0].en');
  });
});
