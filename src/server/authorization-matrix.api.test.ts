/**
 * The authorization matrix: every route × every role (and anonymous), and for unit-scoped routes
 * own unit × other unit. Generated from the route table, checked against the table below, which is
 * written independently: a new route without an entry here fails the first test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../db/repositories/user-repository';
import { testDialects } from '../db/test-support/test-databases';
import { hasPermission } from '../services/authorization';
import type { Access } from './http/route';
import { allRoutes } from './routes';
import {
  password,
  planCode,
  type Session,
  seedPeople,
  signIn,
  signInAdmin,
  startTestApp,
  type TestApp,
} from './test-support/test-app';

/** Who may call what — the product's intent, kept apart from the code it checks. */
const expected: Record<string, Access> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'self',
  'GET /api/auth/me': 'self',
  'POST /api/auth/password': 'self',
  'GET /api/plans': 'public',
  'GET /api/plans/:plan': 'public',
  'GET /api/plans/:plan/outline': 'public',
  'GET /api/plans/:plan/indicators': 'public',
  'GET /api/plans/:plan/indicators/:code': 'public',
  'GET /api/plans/:plan/indicators/:code/ledger': 'plan.read',
  'POST /api/plans/:plan/indicators/:code/values': 'ledger.write',
  'POST /api/plans/:plan/ledger/:id/restore': 'ledger.restore',
  'GET /api/plans/:plan/evaluation': 'public',
  'GET /api/plans/:plan/dashboard': 'public',
  'PUT /api/plans/:plan/public': 'plan.manage',
  'GET /api/plan-drafts': 'plan.manage',
  'POST /api/plan-drafts': 'plan.manage',
  'POST /api/plan-drafts/text': 'plan.manage',
  'GET /api/plan-drafts/:id': 'plan.manage',
  'PUT /api/plan-drafts/:id': 'plan.manage',
  'POST /api/plan-drafts/:id/publish': 'plan.manage',
  'GET /api/plans/:plan/rounds': 'round.read',
  'POST /api/plans/:plan/rounds': 'round.manage',
  'GET /api/rounds/:id': 'round.read',
  'GET /api/rounds/:id/progress': 'round.read',
  'POST /api/rounds/:id/remind': 'round.manage',
  'POST /api/rounds/:id/extend': 'round.manage',
  'POST /api/rounds/:id/close': 'round.manage',
  'GET /api/inbox': 'report.read',
  'GET /api/plans/:plan/reports': 'report.read',
  'GET /api/reports/:id': 'report.read',
  'GET /api/reports/:id/history': 'report.read',
  'PUT /api/reports/:id': 'report.write',
  'POST /api/reports/:id/submit': 'report.write',
  'POST /api/reports/:id/approve': 'report.review',
  'POST /api/reports/:id/return': 'report.review',
  'POST /api/reports/:id/attachments': 'report.write',
  'GET /api/reports/:id/attachments': 'report.read',
  'GET /api/attachments/:id': 'report.read',
  'GET /api/units': 'plan.read',
  'POST /api/units': 'unit.manage',
  'PATCH /api/units/:code': 'unit.manage',
  'GET /api/users': 'user.manage',
  'POST /api/users': 'user.manage',
  'PATCH /api/users/:username': 'user.manage',
  'POST /api/users/:username/reset-password': 'user.manage',
  'GET /api/plans/:plan/assignments': 'plan.read',
  'PUT /api/plans/:plan/assignments': 'assignment.manage',
  'GET /api/plans/:plan/indicators/:code/annual-targets': 'plan.read',
  'PUT /api/plans/:plan/indicators/:code/annual-targets/:year': 'annual_target.manage',
  'GET /api/audit': 'audit.read',
  'GET /api/rounds/:id/template': 'report.read',
  'POST /api/templates/upload': 'report.write',
  'POST /api/rounds/:id/units/:code/template': 'report.proxy',
  'POST /api/plans/:plan/observations/import': 'ledger.write',
  'GET /api/plans/:plan/indicators/export': 'public',
  'GET /api/plans/:plan/indicators/:code/ledger/export': 'plan.read',
  'GET /api/audit/export': 'audit.read',
  'GET /api/plans/:plan/report': 'plan.read',
  'GET /api/plans/:plan/report/narrative': 'plan.read',
  'PUT /api/plans/:plan/report/narrative': 'plan.manage',
  'GET /api/project-codes': 'plan.read',
  'GET /api/plans/:plan/projects': 'plan.read',
  'POST /api/plans/:plan/projects': 'project.manage',
  'GET /api/plans/:plan/projects/pipeline': 'plan.read',
  'GET /api/plans/:plan/projects/warnings': 'plan.read',
  'GET /api/plans/:plan/projects/summary': 'plan.read',
  'GET /api/plans/:plan/projects/problems': 'plan.read',
  'GET /api/plans/:plan/projects/export.xlsx': 'plan.read',
  'GET /api/plans/:plan/projects/:code': 'plan.read',
  'PATCH /api/plans/:plan/projects/:code': 'project.manage',
  'GET /api/plans/:plan/projects/:code/revisions': 'plan.read',
  'POST /api/plans/:plan/projects/:code/stage': 'project.manage',
  'PUT /api/plans/:plan/projects/:code/annual-plans/:year': 'project.manage',
  'POST /api/plans/:plan/projects/:code/investment': 'ledger.write',
  'POST /api/plans/:plan/projects/:code/milestones': 'project.manage',
  'PATCH /api/project-milestones/:id': 'project.manage',
  'POST /api/project-milestones/:id/complete': 'project.report',
  'POST /api/plans/:plan/projects/:code/problems': 'project.report',
  'GET /api/project-problems/:id': 'plan.read',
  'POST /api/project-problems/:id/assign': 'project.manage',
  'POST /api/project-problems/:id/respond': 'project.report',
  'POST /api/project-problems/:id/close': 'project.manage',
  'GET /api/plans/:plan/tasks': 'plan.read',
  'GET /api/plans/:plan/tasks/board': 'plan.read',
  'GET /api/plans/:plan/tasks/mine': 'plan.read',
  'GET /api/plans/:plan/tasks/division.xlsx': 'plan.read',
  'POST /api/plans/:plan/tasks/division/check': 'task.supervise',
  'POST /api/plans/:plan/tasks/division/apply': 'task.supervise',
  'GET /api/plans/:plan/tasks/:code': 'plan.read',
  'PUT /api/plans/:plan/tasks/:code/reports/:period': 'report.write',
  'POST /api/plans/:plan/tasks/:code/reports/:period/approve': 'report.review',
  'POST /api/plans/:plan/tasks/:code/reports/:period/return': 'report.review',
  'POST /api/plans/:plan/tasks/:code/contributions/:period': 'report.write',
  'POST /api/plans/:plan/tasks/:code/judgements/:period': 'task.supervise',
  'GET /api/plans/:plan/task-supervisions': 'plan.read',
  'POST /api/plans/:plan/tasks/:code/supervisions': 'task.supervise',
  'POST /api/task-supervisions/:id/reply': 'report.write',
  'POST /api/task-supervisions/:id/extend': 'task.supervise',
  'POST /api/task-supervisions/:id/close': 'task.supervise',
};

/** Routes whose data belong to one unit: a unit user of another unit gets nothing. */
const unitScoped = new Set([
  'GET /api/reports/:id',
  'GET /api/reports/:id/history',
  'PUT /api/reports/:id',
  'POST /api/reports/:id/submit',
  'POST /api/reports/:id/approve',
  'POST /api/reports/:id/return',
  'POST /api/reports/:id/attachments',
  'GET /api/reports/:id/attachments',
  // A project of 金山园区, its milestone and its problem: the other park cannot see or touch them.
  'GET /api/plans/:plan/projects/:code',
  'GET /api/plans/:plan/projects/:code/revisions',
  'POST /api/plans/:plan/projects/:code/problems',
  'POST /api/project-milestones/:id/complete',
  'GET /api/project-problems/:id',
  'POST /api/project-problems/:id/respond',
]);

const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');

/** Well-formed bodies, so the unit check (not validation) answers the other unit. */
const validBodies: Record<string, unknown> = {
  'PUT /api/reports/:id': { version: 1, value: 1, measure: 'level' },
  'POST /api/reports/:id/submit': { version: 1, value: 1, measure: 'level' },
  'POST /api/reports/:id/approve': { version: 1 },
  'POST /api/reports/:id/return': { version: 1, comment: '退回' },
  'POST /api/reports/:id/attachments': pdf,
  'POST /api/plans/:plan/projects/:code/problems': { category: 'land', description: '用地指标未落实' },
  'POST /api/project-milestones/:id/complete': { version: 1, actualOn: '2024-03-01' },
  'POST /api/project-problems/:id/respond': { version: 2, text: '已协调' },
};

/** The project the unit-scoped project routes are walked with, led by 金山园区. */
const projectCode = 'C3-P01';

const roles: Role[] = ['admin', 'plan_office', 'reporter', 'reviewer', 'leader'];
const routes = allRoutes(1000);
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

it('has an expectation for every route and a route for every expectation', () => {
  expect(routes.map(key).sort()).toEqual(Object.keys(expected).sort());
  for (const r of routes) expect(r.access, key(r)).toBe(expected[key(r)]);
});

describe.each(testDialects())('authorization matrix on $dialect', (dialect) => {
  let t: TestApp;
  const sessions = new Map<string, Session>();
  let reportId = 0;
  let roundId = 0;
  let milestoneId = 0;
  let problemId = 0;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false });
    sessions.set('admin', await signInAdmin(t));
    await seedPeople(t);
    const people: Record<string, string> = {
      plan_office: 'office',
      leader: 'leader',
      reporter: 'js-reporter',
      reviewer: 'js-reviewer',
      'reporter-other': 'cd-reporter',
      'reviewer-other': 'cd-reviewer',
    };
    for (const [role, username] of Object.entries(people))
      sessions.set(role, await signIn(t.app, username, password));
    const admin = sessions.get('admin') as Session;
    await admin.request('POST', '/api/users', {
      username: 'matrix-target',
      displayName: '目标',
      role: 'leader',
    });
    const office = sessions.get('plan_office') as Session;
    await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'indicator',
      itemCode: 'T25',
      lead: 'park-jinshan',
      co: [],
    });
    const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '矩阵测试',
      period: '2023',
      opensOn: '2024-03-01',
      dueOn: '2024-03-31',
      itemTypes: ['indicator'],
    });
    roundId = round.json().id;
    const reports = (
      await office.request('GET', `/api/plans/${planCode}/reports?round=${roundId}`)
    ).json() as { id: number }[];
    reportId = reports[0]?.id ?? 0;
    await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'project',
      itemCode: projectCode,
      lead: 'park-jinshan',
      co: [],
    });
    const milestone = await office.request(
      'POST',
      `/api/plans/${planCode}/projects/${projectCode}/milestones`,
      {
        name: '主体封顶',
        plannedOn: '2024-06-30',
        unit: 'park-jinshan',
      },
    );
    expect(milestone.statusCode, milestone.body).toBe(201);
    milestoneId = milestone.json().id;
    const raised = await (sessions.get('reporter') as Session).request(
      'POST',
      `/api/plans/${planCode}/projects/${projectCode}/problems`,
      { category: 'land', description: '用地指标未落实' },
    );
    expect(raised.statusCode, raised.body).toBe(201);
    problemId = raised.json().id;
    const assigned = await office.request('POST', `/api/project-problems/${problemId}/assign`, {
      version: 1,
      unit: 'park-jinshan',
      dueOn: '2024-04-30',
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
  });
  afterAll(async () => t?.close());

  function concrete(url: string): string {
    return url
      .replace(':plan', planCode)
      .replace(
        ':code',
        url.includes('/units/')
          ? 'park-jinshan'
          : url.includes('/projects/')
            ? projectCode
            : url.includes('/tasks/')
              ? 'RW06-01'
              : 'T25',
      )
      .replace(':username', 'matrix-target')
      .replace(':year', '2023')
      .replace(':period', '2024-Q1')
      .replace(
        ':id',
        url.startsWith('/api/rounds')
          ? String(roundId)
          : url.startsWith('/api/project-milestones')
            ? String(milestoneId)
            : url.startsWith('/api/project-problems')
              ? String(problemId)
              : url.startsWith('/api/plans')
                ? '1'
                : String(reportId),
      );
  }

  async function call(session: Session | null, method: string, url: string, valid?: unknown) {
    if (session && valid === pdf) return session.upload(url, 'evidence.pdf', pdf);
    const body = method === 'GET' ? undefined : (valid ?? {});
    if (!session) return t.app.inject({ method: method as 'GET', url, ...(body ? { payload: body } : {}) });
    return session.request(method, url, body);
  }

  // Sign-out ends the session it is called with; it is covered by the session tests.
  const walked = routes.filter((r) => key(r) !== 'POST /api/auth/logout');

  it.each(walked.map((r) => [key(r), r] as const))('%s', async (_name, route) => {
    const url = concrete(route.url);
    const anonymous = await call(null, route.method, url);
    if (route.access === 'public') {
      expect(anonymous.statusCode, `anonymous ${key(route)}: ${anonymous.body}`).toBeLessThan(500);
      expect([401, 403]).not.toContain(anonymous.statusCode);
    } else {
      expect(anonymous.statusCode, `anonymous ${key(route)}`).toBe(401);
    }
    for (const role of roles) {
      const res = await call(sessions.get(role) ?? null, route.method, url);
      const allowed =
        route.access === 'public' ||
        hasPermission({ id: 0, username: '', displayName: '', role, unitId: 1 }, route.access);
      expect(res.statusCode, `${role} ${key(route)}: ${res.body}`).toBeLessThan(500);
      if (allowed) expect([401, 403], `${role} ${key(route)}: ${res.body}`).not.toContain(res.statusCode);
      else expect(res.statusCode, `${role} ${key(route)}`).toBe(403);
    }
    if (unitScoped.has(key(route))) {
      // The other park's reporter and reviewer cannot even learn that the report exists.
      for (const other of ['reporter-other', 'reviewer-other']) {
        const res = await call(sessions.get(other) ?? null, route.method, url, validBodies[key(route)]);
        expect([403, 404], `${other} ${key(route)}: ${res.body}`).toContain(res.statusCode);
      }
    }
  });

  it('lets own-unit users read their report and keeps the other unit out of lists', async () => {
    const own = await (sessions.get('reporter') as Session).request('GET', `/api/reports/${reportId}`);
    expect(own.statusCode).toBe(200);
    const other = await (sessions.get('reporter-other') as Session).request(
      'GET',
      `/api/plans/${planCode}/reports`,
    );
    expect(other.json()).toEqual([]);
    const progress = await (sessions.get('reporter-other') as Session).request(
      'GET',
      `/api/rounds/${roundId}/progress`,
    );
    expect(progress.json()).toEqual([]);
  });
});
