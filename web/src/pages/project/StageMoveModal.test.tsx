// @vitest-environment happy-dom
/**
 * The stage-move form as a person meets it: the move it describes (one step on, a skip, a step back)
 * and whether a reason is asked; a step back sent without one is refused by the server, and the
 * server's words appear at the reason field.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderIn } from '../../test-support/render';
import { StageMoveModal } from './StageMoveModal';
import { asksForReason, moveKind } from './stage-move';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const project = { code: 'C1-P01', stage: 'under_construction' as const, version: 4 };

async function choose(label: string) {
  fireEvent.mouseDown(screen.getByLabelText('调整为'));
  const option = await screen.findByText(label, { selector: '.ant-select-item-option-content' });
  fireEvent.click(option);
}

describe('moveKind', () => {
  it('tells one step on from a skip and a step back; only the last two ask for a reason', () => {
    expect(moveKind('under_construction', 'completed')).toBe('next');
    expect(moveKind('reserve', 'under_construction')).toBe('skip');
    expect(moveKind('under_construction', 'preparation')).toBe('back');
    expect(asksForReason('next')).toBe(false);
    expect(asksForReason('skip')).toBe(true);
    expect(asksForReason('back')).toBe(true);
  });
});

describe('StageMoveModal', () => {
  it('says a step back needs a reason, sends it without one, and shows the server refusal at the field', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            code: 'project_invalid',
            status: 400,
            messages: { zh: '项目信息有误', en: 'the project has errors' },
            issues: [
              {
                file: 'body',
                item: null,
                field: 'reason',
                code: 'stage_back_needs_reason',
                severity: 'error',
                message: { zh: '从“在建”退回“前期”须写明原因', en: 'moving back needs a reason' },
              },
            ],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    await renderIn(
      'zh-CN',
      <StageMoveModal
        plan="hebi-etdz-14th"
        project={project}
        open
        onClose={() => undefined}
        onConflict={() => undefined}
      />,
    );
    expect(screen.getByText('当前阶段:在建')).toBeTruthy();
    await choose('前期');
    expect(await screen.findByText('退回以前的阶段,须写明理由')).toBeTruthy();
    expect(screen.getByText('理由(必填)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认调整' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = (fetch.mock.calls[0] ?? []) as unknown as [string, RequestInit];
    expect(url).toBe('/api/plans/hebi-etdz-14th/projects/C1-P01/stage');
    expect(JSON.parse(String(init.body))).toMatchObject({ stage: 'preparation', reason: null, version: 4 });
    // The refusal shows in the alert first and at the field a render later: wait for the field.
    await waitFor(() =>
      expect(
        screen.getAllByText('从“在建”退回“前期”须写明原因').some((e) => e.closest('.ant-form-item-explain')),
      ).toBe(true),
    );
  });

  it('asks for no reason one step forward', async () => {
    vi.stubGlobal('fetch', vi.fn());
    await renderIn(
      'zh-CN',
      <StageMoveModal
        plan="hebi-etdz-14th"
        project={project}
        open
        onClose={() => undefined}
        onConflict={() => undefined}
      />,
    );
    await choose('竣工');
    expect(await screen.findByText('向前一个阶段,可不写理由')).toBeTruthy();
    expect(screen.getByText('理由(可选)')).toBeTruthy();
  });

  it('on a 409 hands over to reload the project', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              code: 'version_conflict',
              status: 409,
              messages: { zh: '已被他人修改', en: 'changed' },
              issues: [],
              currentVersion: 5,
            }),
            { status: 409, headers: { 'content-type': 'application/problem+json' } },
          ),
      ),
    );
    const onConflict = vi.fn();
    await renderIn(
      'en',
      <StageMoveModal
        plan="hebi-etdz-14th"
        project={project}
        open
        onClose={() => undefined}
        onConflict={onConflict}
      />,
    );
    fireEvent.mouseDown(screen.getByLabelText('Move to'));
    fireEvent.click(await screen.findByText('Completed', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(onConflict).toHaveBeenCalled());
  });
});
