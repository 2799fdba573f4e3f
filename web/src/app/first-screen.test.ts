// @vitest-environment happy-dom
/**
 * The first screen's prefetch: who-am-I and the plans leave together, the dashboard's three queries
 * leave together once the plan's summary is known (the remembered plan, the address's asOf), the
 * answers sit under the keys the hooks read, and nothing is asked off the dashboard or signed out.
 */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardQuery, planSummaryQuery, unitsQuery } from '../api/plans';
import { projectSummaryQuery } from '../api/projects';
import { prefetchFirstScreen } from './first-screen';

/** Each request, with the paths already sent but not yet answered when it left. */
let sent: { path: string; inFlight: string[] }[] = [];
let inFlight = new Set<string>();
let signedIn = true;

const answers: Record<string, unknown> = {
  '/api/auth/me': { user: { role: 'leader', mustChangePassword: false }, csrfToken: 't' },
  '/api/plans': [{ code: 'a-plan' }, { code: 'b-plan' }],
  '/api/plans/b-plan': { code: 'b-plan', defaultAsOf: '2024' },
};

function serve() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      sent.push({ path, inFlight: [...inFlight] });
      inFlight.add(path);
      // A macrotask per answer, as a network would: the next request has its chance to leave first.
      await new Promise((r) => setTimeout(r, 5));
      inFlight.delete(path);
      if (!signedIn)
        return new Response('{}', { status: 401, headers: { 'content-type': 'application/json' } });
      const body = answers[path] ?? { path };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

beforeEach(() => {
  sent = [];
  inFlight = new Set();
  signedIn = true;
  localStorage.setItem('lantu.plan', 'b-plan');
  serve();
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('prefetchFirstScreen', () => {
  it('asks for the dashboard of the remembered plan at the address asOf, in parallel, loading the page code at once', async () => {
    const qc = client();
    const loadPage = vi.fn(async () => ({}));
    await prefetchFirstScreen(qc, { pathname: '/', search: '?asOf=2023' }, { '/': loadPage });
    expect(loadPage).toHaveBeenCalledTimes(1);
    const paths = sent.map((s) => s.path);
    expect(paths.slice(0, 2).sort()).toEqual(['/api/auth/me', '/api/plans']);
    // The plans left while who-am-I was still on its way (or the other way round).
    expect(sent[1]?.inFlight).toEqual([sent[0]?.path]);
    expect(paths[2]).toBe('/api/plans/b-plan');
    const last = sent.slice(3);
    expect(last.map((s) => s.path).sort()).toEqual([
      '/api/plans/b-plan/dashboard?asOf=2023',
      '/api/plans/b-plan/projects/summary?asOf=2023',
      '/api/units',
    ]);
    expect(last[2]?.inFlight).toHaveLength(2);
    // Under the hooks' keys: useDashboard, useProjectSummary, useUnits and usePlanSummary find them.
    expect(qc.getQueryData(dashboardQuery('b-plan', '2023').queryKey)).toEqual({
      path: '/api/plans/b-plan/dashboard?asOf=2023',
    });
    expect(qc.getQueryData(projectSummaryQuery('b-plan', '2023').queryKey)).toEqual({
      path: '/api/plans/b-plan/projects/summary?asOf=2023',
    });
    expect(qc.getQueryData(unitsQuery.queryKey)).toEqual({ path: '/api/units' });
    expect(qc.getQueryData(planSummaryQuery('b-plan').queryKey)).toEqual(answers['/api/plans/b-plan']);
  });

  it("takes the summary's default date without ?asOf, and the first plan when none is remembered", async () => {
    localStorage.clear();
    answers['/api/plans/a-plan'] = { code: 'a-plan', defaultAsOf: '2025' };
    await prefetchFirstScreen(client(), { pathname: '/screen', search: '' }, { '/screen': async () => ({}) });
    expect(sent.map((s) => s.path)).toContain('/api/plans/a-plan/dashboard?asOf=2025');
  });

  it('asks nothing on other pages, and nothing past who-am-I when signed out', async () => {
    await prefetchFirstScreen(client(), { pathname: '/login', search: '' }, { '/': async () => ({}) });
    expect(sent).toEqual([]);
    signedIn = false;
    await prefetchFirstScreen(client(), { pathname: '/', search: '' }, { '/': async () => ({}) });
    expect(sent.map((s) => s.path).sort()).toEqual(['/api/auth/me', '/api/plans']);
  });
});
