/**
 * The browser app (web/dist, built by `npm run build`) served by the Lantu server itself: hashed
 * assets with a year-long immutable cache, index.html never cached (it names the current assets), and
 * index.html as the answer to any other GET outside /api/ so client routes survive a reload.
 * Unknown /api/ addresses keep their problem+json 404; unknown /assets/ files are 404 too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** web/dist of this checkout. */
export const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function hasWebBuild(distDir: string): boolean {
  return existsSync(join(distDir, 'index.html'));
}

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';

export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    // One route per file found at start-up; everything else falls through to the handler below.
    wildcard: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes('/assets/') ? immutable : revalidate);
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const { url } = request;
    // A missing script is a 404, not the page: a stale tab must fail loudly, not parse HTML as JS.
    if (url === '/api' || url.startsWith('/api/') || url.startsWith('/assets/')) return reply.callNotFound();
    return reply.header('cache-control', revalidate).sendFile('index.html');
  });
}
