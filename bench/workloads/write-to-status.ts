/**
 * `write-to-status`: from a reviewer's approval to the indicator's new status being visible through
 * the API — approve, then read the indicator's page (its re-evaluated status and ledger) until the
 * approved value shows. Median and p99 over
 * many approvals (the Open SDG platform needs a site rebuild of minutes for the same).
 */

import { addUser } from '../../src/services/auth/users';
import { setAssignment } from '../../src/services/org-units/assignments';
import { findPlan } from '../../src/services/plans/stored-plan';
import { listReports, submitReport } from '../../src/services/reporting/reports';
import { openRound } from '../../src/services/reporting/rounds';
import type { Figure } from '../measure';
import { startBenchServer } from '../server-fixture';

export async function writeToStatusWorkload(approvals = 200): Promise<Figure[]> {
  const server = await startBenchServer();
  try {
    const { ctx } = server;
    await addUser(
      ctx,
      {
        username: 'bench-reporter',
        displayName: 'r',
        role: 'reporter',
        unit: 'park-jinshan',
        password: 'bench password 1',
      },
      1024,
    );
    await addUser(
      ctx,
      {
        username: 'bench-reviewer',
        displayName: 'v',
        role: 'reviewer',
        unit: 'park-jinshan',
        password: 'bench password 1',
      },
      1024,
    );
    const plan = await findPlan(ctx, 'hebi-etdz-14th');
    const codes = ['T12', 'T13', 'T15', 'T21', 'T25', 'T26', 'T27'];
    for (const code of codes)
      await setAssignment(ctx, plan, { itemType: 'indicator', itemCode: code, lead: 'park-jinshan', co: [] });
    const reporter = {
      ...ctx,
      actor: { id: 0, username: 'bench-reporter', displayName: 'r', role: 'reporter' as const, unitId: 0 },
    };
    const units = await ctx.database.db.selectFrom('org_units').select(['id', 'code']).execute();
    const unitId = units.find((u) => u.code === 'park-jinshan')?.id ?? 0;
    reporter.actor.unitId = unitId;

    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench-reviewer', password: 'bench password 1' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;

    const times: number[] = [];
    for (let round = 0; times.length < approvals; round += 1) {
      const period = `${2021 + (round % 5)}-${String((Math.floor(round / 5) % 12) + 1).padStart(2, '0')}`;
      const r = await openRound(ctx, plan, {
        name: `bench ${round}`,
        period,
        opensOn: '2024-01-01',
        dueOn: '2099-12-31',
        itemTypes: ['indicator'],
        itemCodes: codes,
      });
      for (const report of await listReports(ctx, plan, { roundId: r.id })) {
        const value = 1000 + times.length;
        const submitted = await submitReport(reporter, report.id, report.version, { measure: 'ytd', value });
        const t0 = performance.now();
        await fetch(`${server.base}/api/reports/${report.id}/approve`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
          body: JSON.stringify({ version: submitted.version }),
        });
        for (;;) {
          const res = await fetch(
            `${server.base}/api/plans/hebi-etdz-14th/indicators/${report.itemCode}/ledger`,
            { headers: { cookie } },
          );
          const ledger = (await res.json()) as { value: number; current: boolean }[];
          if (ledger.some((e) => e.value === value && e.current)) break;
        }
        times.push(performance.now() - t0);
        if (times.length >= approvals) break;
      }
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    return [
      {
        workload: 'write-to-status',
        name: `approval → visible, median (${times.length})`,
        value: at(0.5),
        unit: 'ms',
        baseline: null,
        baselineName: null,
        ratio: null,
        aim: null,
      },
      {
        workload: 'write-to-status',
        name: 'approval → visible, p99',
        value: at(0.99),
        unit: 'ms',
        baseline: null,
        baselineName: null,
        ratio: null,
        aim: 'p99 ≤ 100 ms',
      },
    ];
  } finally {
    await server.close();
  }
}
