/**
 * `npm run soak [-- --seconds 600 --rate 100]` — mixed read/write load against a real Lantu server on
 * 127.0.0.1 for a bounded time: zero errors expected, and resident memory after warm-up should grow
 * by less than 10 %. Prints its figures; docs/reliability.md records the last run. Not part of npm test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = option('seconds', 600);
const rate = option('rate', 100);
const port = option('port', 3917);
const base = `http://127.0.0.1:${port}`;

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function startServer(): Promise<{ proc: ChildProcess; password: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-soak-'));
  const proc = spawn(process.execPath, ['bin/lantu.mjs', 'serve'], {
    env: {
      ...process.env,
      LANTU_DB: `sqlite:${join(dir, 'soak.db')}`,
      LANTU_DATA_DIR: dir,
      LANTU_PORT: String(port),
      LANTU_LOG_LEVEL: 'warn',
      LANTU_SCRYPT_N: '1024',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const password = /one-time password: (\S+)/.exec(out)?.[1];
      if (password && out.includes('─'.repeat(60))) resolve({ proc, password });
    });
    proc.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

interface Client {
  cookie: string;
  csrf: string;
}

async function signIn(username: string, password: string): Promise<Client> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

async function call(client: Client, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const { proc, password } = await startServer();
try {
  const first = await signIn('admin', password);
  await call(first, 'POST', '/api/auth/password', {
    currentPassword: password,
    newPassword: 'soak password 2024',
  });
  const admin = await signIn('admin', 'soak password 2024');
  const plan = 'hebi-etdz-14th';
  const writable = ['T01', 'T04', 'T05', 'T08', 'T12', 'T13', 'T15', 'T21', 'T25', 'T26', 'T27'];
  const revisions = new Map<string, number>();
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let requests = 0;
  let writes = 0;
  const samples: { t: number; rss: number }[] = [];

  const one = async (n: number) => {
    const kind = n % 10;
    const started = performance.now();
    let res: Response;
    if (kind < 6) res = await call(admin, 'GET', `/api/plans/${plan}/indicators?asOf=2024`);
    else if (kind < 8) res = await call(admin, 'GET', `/api/plans/${plan}/dashboard?asOf=2024`);
    else if (kind < 9)
      res = await call(
        admin,
        'GET',
        `/api/plans/${plan}/indicators/${writable[n % writable.length]}?asOf=2024`,
      );
    else {
      // One writer per key at a time, carrying the revision it knows: no conflicts expected.
      const code = writable[Math.floor(n / 10) % writable.length] as string;
      const expectedRevision = revisions.get(code) ?? 0;
      revisions.set(code, expectedRevision + 1);
      res = await call(admin, 'POST', `/api/plans/${plan}/indicators/${code}/values`, {
        period: '2024',
        measure: 'level',
        value: 100 + (n % 50),
        reason: `soak ${n}`,
        expectedRevision,
      });
      writes += 1;
    }
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
    requests += 1;
    if (res.status >= 400) failures.set(String(res.status), (failures.get(String(res.status)) ?? 0) + 1);
  };

  const startedAt = Date.now();
  const warmUpMs = Math.min(60_000, (seconds * 1000) / 5);
  let n = 0;
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(
    () => samples.push({ t: Date.now() - startedAt, rss: rssKb(proc.pid ?? 0) }),
    5_000,
  );
  while (Date.now() - startedAt < seconds * 1000) {
    const due = startedAt + (n * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // Writes of one key are ordered: wait for the previous request of the same writer slot.
    const p: Promise<void> = one(n).catch((error: unknown) => {
      failures.set(String(error), (failures.get(String(error)) ?? 0) + 1);
    });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    if (n % 10 === 9) await p;
    n += 1;
  }
  await Promise.all(inFlight);
  clearInterval(timer);
  samples.push({ t: Date.now() - startedAt, rss: rssKb(proc.pid ?? 0) });

  latencies.sort((a, b) => a - b);
  const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const afterWarmUp = samples.find((s) => s.t >= warmUpMs) ?? samples[0];
  const last = samples.at(-1);
  const growth = afterWarmUp && last ? (last.rss / afterWarmUp.rss - 1) * 100 : 0;
  const errors = [...failures.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    [
      `soak: ${seconds}s at ${rate} req/s against ${base}`,
      `requests ${requests} (writes ${writes}), errors ${errors} ${JSON.stringify(Object.fromEntries(failures))}`,
      `latency p50 ${pct(0.5).toFixed(1)} ms, p99 ${pct(0.99).toFixed(1)} ms, max ${pct(1).toFixed(1)} ms`,
      `RSS after warm-up ${((afterWarmUp?.rss ?? 0) / 1024).toFixed(1)} MB, at end ${((last?.rss ?? 0) / 1024).toFixed(1)} MB, growth ${growth.toFixed(1)} %`,
      errors === 0 && growth < 10 ? 'PASS' : 'FAIL',
      '',
    ].join('\n'),
  );
  process.exitCode = errors === 0 && growth < 10 ? 0 : 1;
} finally {
  proc.kill('SIGTERM');
}
