/**
 * Serving the built web app: hashed assets cached for a year, index.html never cached and answering
 * every client route, /api/ addresses left to the API's own 404.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasWebBuild, registerWebApp } from './web-app';

describe('web app serving', () => {
  let app: FastifyInstance;
  const dist = mkdtempSync(join(tmpdir(), 'lantu-web-'));

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    app = Fastify();
    app.setNotFoundHandler((_request, reply) => reply.code(404).send({ code: 'route_not_found' }));
    app.get('/api/health', async () => ({ status: 'ok' }));
    await registerWebApp(app, dist);
    await app.ready();
  });
  afterAll(async () => app.close());

  it('knows whether a build exists', () => {
    expect(hasWebBuild(dist)).toBe(true);
    expect(hasWebBuild(join(dist, 'nothing'))).toBe(false);
  });

  it('serves index.html uncached at the root', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ method: 'GET', url: '/favicon.svg' })).headers['cache-control']).toBe(
      'no-cache',
    );
  });

  it('answers client routes with index.html so a reload keeps the page', async () => {
    for (const url of ['/indicators/T25', '/admin/users?x=1', '/screen']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('id="root"');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('never answers /api/ with the page', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });

  it('does not answer writes with the page', async () => {
    expect((await app.inject({ method: 'POST', url: '/indicators' })).statusCode).toBe(404);
  });

  it('does not serve a missing asset as the page', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/missing-123.js' })).statusCode).toBe(404);
  });
});
