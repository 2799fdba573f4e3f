/**
 * The web app's build (npm run build → web/dist, served by the Lantu server) and dev server
 * (npm run dev, with /api proxied to a running `lantu serve`, LANTU_API or http://127.0.0.1:3000).
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// echarts-for-react imports tslib without declaring it; use the copy ECharts itself depends on.
const fromEcharts = createRequire(createRequire(import.meta.url).resolve('echarts/package.json'));
const tslib = dirname(fromEcharts.resolve('tslib'));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: { tslib } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // antd and ECharts are large by nature; what matters is that they are split by route.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.LANTU_API ?? 'http://127.0.0.1:3000' } },
  },
});
