/**
 * 新建规划 through the API, on each database: upload a Word plan, read the draft, save an edit, refuse
 * a stale save and an invalid publish (every problem listed), publish once under two racing
 * publishers (one 409), and find the published plan among the plans.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftView } from '../contracts/plan-draft-api';
import { testDialects } from '../db/test-support/test-databases';
import { planDocx } from '../io/plan-document/test-support/plan-files';
import {
  password,
  type Session,
  seedPeople,
  signIn,
  signInAdmin,
  startTestApp,
  type TestApp,
} from './test-support/test-app';

describe.each(testDialects())('plan drafts on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false });
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
  });
  afterAll(async () => t?.close());

  it('drafts, edits, refuses what is wrong and publishes once', { timeout: 120_000 }, async () => {
    const created = await office.upload(
      '/api/plan-drafts?code=demo-city-14th',
      '示范市纲要.docx',
      await planDocx(),
    );
    expect(created.statusCode, created.body).toBe(200);
    const draft = created.json() as DraftView;
    expect(draft).toMatchObject({ code: 'demo-city-14th', status: 'draft', revision: 1, issues: [] });
    expect(draft.candidates.indicators.map((i) => i.code)).toEqual([
      'T01',
      'T02',
      'T03',
      'Z01',
      'Z02',
      'Z03',
    ]);
    expect(draft.lines).toContain('第一章　发展目标');

    // the office rejects a candidate and blanks a unit by mistake: saved as revision 2, with the problem named
    const edited = structuredClone(draft.candidates);
    for (const c of edited.indicators) {
      if (c.code === 'Z03') c.status = 'rejected';
      if (c.code === 'T02') c.unit = '';
    }
    const saved = await office.request('PUT', `/api/plan-drafts/${draft.id}`, {
      expectedRevision: 1,
      candidates: edited,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json() as DraftView;
    expect(view.revision).toBe(2);
    expect(view.issues.map((i) => [i.file, i.item, i.field])).toEqual([
      ['indicators.json', 'indicators[1] T02', 'unit'],
    ]);

    // a second editor still holding revision 1 is refused and loses nothing of the first edit
    const stale = await office.request('PUT', `/api/plan-drafts/${draft.id}`, {
      expectedRevision: 1,
      candidates: draft.candidates,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });

    const invalid = await office.request('POST', `/api/plan-drafts/${draft.id}/publish`, {
      expectedRevision: 2,
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({
      code: 'draft_invalid',
      issues: [{ item: 'indicators[1] T02', field: 'unit' }],
    });
    // nothing of the draft reached the plans
    expect((await office.request('GET', '/api/plans/demo-city-14th')).statusCode).toBe(404);

    const fixed = structuredClone(view.candidates);
    for (const c of fixed.indicators) if (c.code === 'T02') c.unit = '%';
    expect(
      (
        await office.request('PUT', `/api/plan-drafts/${draft.id}`, {
          expectedRevision: 2,
          candidates: fixed,
        })
      ).statusCode,
    ).toBe(200);

    const [a, b] = await Promise.all([
      office.request('POST', `/api/plan-drafts/${draft.id}/publish`, { expectedRevision: 3 }),
      office.request('POST', `/api/plan-drafts/${draft.id}/publish`, { expectedRevision: 3 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const published = (a.statusCode === 200 ? a : b).json() as { planCode: string; indicators: number };
    // three table rows and two prose targets; the rejected Z03 stays out
    expect(published).toMatchObject({ planCode: 'demo-city-14th', indicators: 5 });

    const plan = await office.request('GET', '/api/plans/demo-city-14th/indicators');
    expect(plan.statusCode, plan.body).toBe(200);
    const after = (await office.request('GET', `/api/plan-drafts/${draft.id}`)).json() as DraftView;
    expect(after).toMatchObject({ status: 'published', planCode: 'demo-city-14th' });
    const late = await office.request('PUT', `/api/plan-drafts/${draft.id}`, {
      expectedRevision: 3,
      candidates: fixed,
    });
    expect(late.statusCode).toBe(409);
  });

  it('drafts pasted text and refuses an old .doc with the reader’s message', {
    timeout: 60_000,
  }, async () => {
    const pasted = await office.request('POST', '/api/plan-drafts/text', {
      text: '第一章 发展目标\n到2025年,森林覆盖率达到25.8%。',
      name: '粘贴的规划',
    });
    expect(pasted.statusCode, pasted.body).toBe(200);
    expect((pasted.json() as DraftView).candidates.source).toMatchObject({
      fileName: '粘贴的规划',
      format: 'pasted',
    });
    const doc = await office.upload(
      '/api/plan-drafts',
      'old.doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    expect(doc.statusCode).toBe(400);
    expect(doc.json()).toMatchObject({ code: 'document_legacy_doc' });
    const list = await office.request('GET', '/api/plan-drafts');
    expect((list.json() as unknown[]).length).toBe(2);
  });
});
