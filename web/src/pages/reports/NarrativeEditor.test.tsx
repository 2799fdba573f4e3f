// @vitest-environment happy-dom
/**
 * The narrative editor saves with the revision it started from; when someone saved in between (409)
 * it says so, keeps the person's text, and loads the latest only when asked.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NarrativeView } from '../../api/types';
import { renderIn } from '../../test-support/render';
import { NarrativeEditor } from './NarrativeEditor';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function narrative(revision: number, problems: string): NarrativeView {
  const history = Array.from({ length: revision }, (_, i) => ({
    revision: i + 1,
    problems: i + 1 === revision ? problems : `旧稿 ${i + 1}`,
    nextSteps: '加快项目前期工作',
    createdBy: 1,
    createdByName: '规划办',
    createdAt: '2026-03-01T02:00:00Z',
  }));
  return { problems, nextSteps: '加快项目前期工作', revision, history };
}

/** GET answers in turn from `reads`; PUT answers with `write`. */
function stubApi(reads: NarrativeView[], write: { status: number; body: unknown }) {
  let read = 0;
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (init.method === 'PUT') return json(write.status, write.body);
    const body = reads[Math.min(read, reads.length - 1)];
    read += 1;
    return json(200, body);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const props = { plan: 'hebi-etdz-14th', kind: 'midterm' as const, asOf: '2023', editable: true };

describe('NarrativeEditor', () => {
  it('saves with the revision it read', async () => {
    const fetch = stubApi([narrative(2, '增速低于预期')], {
      status: 200,
      body: narrative(3, '增速低于预期;投资放缓'),
    });
    await renderIn('zh-CN', <NarrativeEditor {...props} />);
    const problems = await screen.findByLabelText('存在的主要问题');
    fireEvent.change(problems, { target: { value: '增速低于预期;投资放缓' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为新修订' }));
    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init.method === 'PUT')).toBe(true));
    const put = fetch.mock.calls.find(([, init]) => init.method === 'PUT');
    expect(put?.[0]).toBe('/api/plans/hebi-etdz-14th/report/narrative');
    expect(JSON.parse(String(put?.[1].body))).toEqual({
      asOf: '2023',
      kind: 'midterm',
      problems: '增速低于预期;投资放缓',
      nextSteps: '加快项目前期工作',
      expectedRevision: 2,
    });
    expect(await screen.findByText('已保存为修订 #3')).toBeTruthy();
  });

  it('on a 409 keeps the text typed, says who won, and loads the latest only when asked', async () => {
    stubApi([narrative(2, '增速低于预期'), narrative(3, '他人保存的问题')], {
      status: 409,
      body: {
        code: 'version_conflict',
        status: 409,
        messages: { zh: '数据已被他人修改', en: 'changed by someone else' },
        issues: [],
        currentVersion: 3,
      },
    });
    await renderIn('zh-CN', <NarrativeEditor {...props} />);
    const problems = (await screen.findByLabelText('存在的主要问题')) as HTMLTextAreaElement;
    fireEvent.change(problems, { target: { value: '我的修改' } });
    fireEvent.click(screen.getByRole('button', { name: '保存为新修订' }));
    expect(await screen.findByText('他人已保存了修订 #3(您的修改基于 #2),您的修改尚未保存。')).toBeTruthy();
    expect(problems.value).toBe('我的修改');
    expect((screen.getByRole('button', { name: '保存为新修订' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '载入最新内容' }));
    await waitFor(() => expect(problems.value).toBe('他人保存的问题'));
    expect(screen.queryByText(/您的修改尚未保存/)).toBeNull();
    expect(screen.getByText(/当前为修订 #3/)).toBeTruthy();
  });

  it('is read-only for those who may not write it, with the revision history', async () => {
    stubApi([narrative(2, '增速低于预期')], { status: 403, body: {} });
    await renderIn('en', <NarrativeEditor {...props} editable={false} />);
    const problems = (await screen.findByLabelText('Main problems')) as HTMLTextAreaElement;
    expect(problems.disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save as a new revision' })).toBeNull();
    expect(screen.getByText('Revisions (2)')).toBeTruthy();
  });
});
