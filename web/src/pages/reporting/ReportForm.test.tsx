// @vitest-environment happy-dom
/**
 * The report form checks as the person types, asks for what a submission needs, sends the parsed
 * number with the version it read, and on a 409 says so and asks for a reload.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InboxItem } from '../../api/types';
import { renderIn } from '../../test-support/render';
import { ReportForm } from './ReportForm';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function item(itemType: InboxItem['report']['itemType'] = 'indicator'): InboxItem {
  return {
    report: {
      id: 7,
      planId: 1,
      roundId: 1,
      unitId: 3,
      itemType,
      itemCode: itemType === 'indicator' ? 'T25' : 'CH14',
      status: 'pending',
      period: '2023',
      measure: null,
      value: null,
      progressPercent: null,
      narrative: null,
      reviewComment: null,
      version: 1,
      updatedBy: null,
      updatedAt: '2024-03-01T00:00:00Z',
      submittedAt: null,
      reviewedBy: null,
      reviewedAt: null,
      basedOnRevision: null,
    },
    plan: 'hebi-etdz-14th',
    round: { id: 1, name: '2023年年度填报', period: '2023', dueOn: '2024-03-31', reminders: 0 },
    item: { name: '城市绿地率', unit: '%', kind: 'level_linear' },
    lastApproved: null,
    annualTarget: 34.04,
  };
}

function stubFetch(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('ReportForm', () => {
  it('says "enter a number" as soon as the value is not one, and clears it when it is', async () => {
    await renderIn('zh-CN', <ReportForm item={item()} editable onConflict={() => undefined} />);
    const input = screen.getByLabelText('数值(%)');
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(await screen.findByText('请输入数字')).toBeTruthy();
    fireEvent.change(input, { target: { value: '34.1' } });
    await waitFor(() => expect(screen.queryByText('请输入数字')).toBeNull());
  });

  it('keeps task progress within 0–100', async () => {
    await renderIn('zh-CN', <ReportForm item={item('task')} editable onConflict={() => undefined} />);
    fireEvent.change(screen.getByLabelText('完成进度(%)'), { target: { value: '150' } });
    expect(await screen.findByText('完成进度应在 0–100 之间')).toBeTruthy();
  });

  it('asks for a value before submitting and sends nothing', async () => {
    const fetch = stubFetch(200, {});
    await renderIn('zh-CN', <ReportForm item={item()} editable onConflict={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }));
    expect(await screen.findByText('提交前请填写数值')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('submits the parsed value with the version it read', async () => {
    const fetch = stubFetch(200, { ...item().report, status: 'submitted', version: 2 });
    await renderIn('zh-CN', <ReportForm item={item()} editable onConflict={() => undefined} />);
    fireEvent.change(screen.getByLabelText('数值(%)'), { target: { value: '３４．１' } });
    fireEvent.click(screen.getByRole('button', { name: '提交审核' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/reports/7/submit');
    expect(JSON.parse(String(init?.body))).toEqual({
      version: 1,
      measure: 'level',
      value: 34.1,
      narrative: null,
    });
  });

  it('on a 409 tells the person the report changed and asks for the latest one', async () => {
    stubFetch(409, {
      code: 'version_conflict',
      status: 409,
      messages: { zh: '数据已被他人修改', en: 'changed by someone else' },
      issues: [],
      currentVersion: 3,
    });
    const onConflict = vi.fn();
    await renderIn('en', <ReportForm item={item()} editable onConflict={onConflict} />);
    fireEvent.change(screen.getByLabelText('Value (percent)'), { target: { value: '34.1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onConflict).toHaveBeenCalled());
    expect(await screen.findByText(/now version 3/)).toBeTruthy();
  });
});
