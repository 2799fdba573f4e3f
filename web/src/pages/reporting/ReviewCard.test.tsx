// @vitest-environment happy-dom
/**
 * The review card on a stale approval: the server answers 409 ledger_moved, and the card shows both
 * figures — what the unit submitted and the ledger's newer value with who entered it — where the
 * reviewer decides, in Chinese and English.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../api/types';
import { renderIn } from '../../test-support/render';
import { ReviewCard } from './ReviewCard';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const report: Report = {
  id: 9,
  planId: 1,
  roundId: 1,
  unitId: 3,
  itemType: 'indicator',
  itemCode: 'T27',
  status: 'submitted',
  period: '2023',
  measure: 'level',
  value: 88,
  progressPercent: null,
  narrative: null,
  reviewComment: null,
  version: 2,
  updatedBy: 4,
  updatedAt: '2024-03-15T02:00:00Z',
  submittedAt: '2024-03-15T02:00:00Z',
  reviewedBy: null,
  reviewedAt: null,
  basedOnRevision: 0,
};

// The body the server sends (stale-approval.api.test.ts checks the server's side of it).
const conflict = {
  type: 'urn:lantu:problem:ledger_moved',
  status: 409,
  code: 'ledger_moved',
  messages: { zh: '提交后台账已变动', en: 'the ledger changed after the submission' },
  issues: [],
  requestId: 'r',
  conflict: {
    submitted: { value: 88, basedOnRevision: 0, submittedAt: '2024-03-15T02:00:00Z' },
    current: {
      value: 80,
      revision: 1,
      byName: '规划办',
      at: '2024-03-16T08:30:00Z',
      reason: '统计局年报更正',
    },
  },
};

function stubServer() {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
      });
    if (url.endsWith('/approve') && init?.method === 'POST') return json(409, conflict);
    return json(200, []);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('ReviewCard', () => {
  it.each([
    ['zh-CN', '审核通过', '单位填报值', '当前台账值', '规划办'],
    ['en', 'Approve', 'Submitted by the unit', 'Current ledger value', '规划办'],
  ] as const)(
    'shows both figures when the ledger moved (%s)',
    async (language, approve, submitted, current, who) => {
      const fetch = stubServer();
      await renderIn(
        language,
        <ReviewCard
          report={report}
          info={{ name: '高新技术企业数量', unit: '家' }}
          onConflict={() => undefined}
        />,
      );
      fireEvent.click(screen.getByRole('button', { name: approve }));
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByText(submitted)).toBeTruthy();
      expect(within(alert).getByText(current)).toBeTruthy();
      expect(alert.textContent).toContain('88');
      expect(alert.textContent).toContain('80');
      expect(alert.textContent).toContain(who);
      expect(alert.textContent).toContain('统计局年报更正');
      const approveCall = fetch.mock.calls.find(([url]) => String(url).endsWith('/approve'));
      expect(JSON.parse(String(approveCall?.[1]?.body))).toMatchObject({ version: 2 });
    },
  );
});
