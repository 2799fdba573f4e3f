// @vitest-environment happy-dom
/**
 * The template upload's answer as a person reads it: whether anything was saved, and each rejected
 * row with its row, column and the server's reason in the reader's language.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TemplateUploadResult } from '../../api/types';
import { renderIn } from '../../test-support/render';
import { UploadResultTable } from './UploadResultTable';

afterEach(cleanup);

const rejected = {
  row: 5,
  reportId: 8,
  outcome: 'rejected' as const,
  column: 'J',
  field: '本期数值',
  itemCode: 'T25',
  message: {
    zh: '第5行 J列(本期数值):无法识别的数字「三十四」',
    en: 'row 5, column J (本期数值): "三十四" is not a number',
  },
};

function result(strict: boolean, applied: boolean): TemplateUploadResult {
  return {
    round: 1,
    strict,
    applied,
    counts: { accepted: 1, unchanged: 1, rejected: 1 },
    rows: [
      rejected,
      { row: 4, reportId: 7, outcome: 'accepted', itemCode: 'C1-P01' },
      { row: 6, reportId: 9, outcome: 'unchanged', itemCode: 'T27' },
    ],
  };
}

const names: Record<number, string> = { 7: '鹤壁雅丰电器高端线束二期', 8: '城市绿地率' };

describe('UploadResultTable', () => {
  it('says what was saved and lists every row in order with its outcome', async () => {
    await renderIn('zh-CN', <UploadResultTable result={result(false, true)} nameOf={(id) => names[id]} />);
    expect(screen.getByText('已将 1 项保存为草稿,请逐项核对后提交审核')).toBeTruthy();
    expect(screen.getByText('接受 1 行 · 未变化 1 行 · 拒绝 1 行')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['4', '5', '6']);
    expect(within(rows[0] as HTMLElement).getByText('已保存为草稿')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('鹤壁雅丰电器高端线束二期')).toBeTruthy();
  });

  it('shows the rejected row with its column and the reason in Chinese, then in English', async () => {
    await renderIn('zh-CN', <UploadResultTable result={result(false, true)} nameOf={(id) => names[id]} />);
    const row = screen.getByText('拒绝').closest('tr') as HTMLElement;
    expect(within(row).getByText('J')).toBeTruthy();
    expect(within(row).getByText('城市绿地率')).toBeTruthy();
    expect(within(row).getByText(rejected.message.zh)).toBeTruthy();
    cleanup();
    await renderIn('en', <UploadResultTable result={result(false, true)} />);
    expect(screen.getByText(rejected.message.en)).toBeTruthy();
    expect(screen.getByText('Rejected')).toBeTruthy();
  });

  it('tells the plan office whose drafts it saved, and names items by code where the page has no names', async () => {
    await renderIn('zh-CN', <UploadResultTable result={result(false, true)} unitName="金山园区" />);
    expect(screen.getByText('已将 1 项保存为金山园区的草稿,由该单位核对后提交审核')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual(['C1-P01', 'T25', 'T27']);
  });

  it('in strict mode with a rejected row says nothing was saved, and no row claims to be saved', async () => {
    await renderIn('zh-CN', <UploadResultTable result={result(true, false)} />);
    expect(screen.getByText('严格模式:有 1 行被拒绝,本次没有保存任何内容')).toBeTruthy();
    expect(screen.queryByText('已保存为草稿')).toBeNull();
    expect(screen.getByText('内容正确(严格模式下未保存)')).toBeTruthy();
  });
});
