#!/usr/bin/env node
// `npm start` on a fresh clone: build the web app once when web/dist does not exist yet, so
// `npm ci && npm start` serves the pages. Later starts reuse the build (`npm run build` refreshes it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'web', 'dist', 'index.html'))) process.exit(0);

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  console.warn(
    '[lantu] web/dist 不存在且未安装 vite,仅启动 API / web/dist is missing and vite is not installed: serving the API only',
  );
  process.exit(0);
}
console.log('[lantu] 首次启动,正在构建网页… / first start: building the web app…');
const run = spawnSync(
  process.execPath,
  [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
