// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndicatorStatus } from '../api/types';
import { renderIn } from '../test-support/render';
import { StatusTag, statusOrder, TrendTag, WarningTag } from './StatusTag';

afterEach(cleanup);

const chinese: Record<IndicatorStatus, string> = {
  achieved: '提前实现',
  ahead: '快于预期',
  on_track: '基本符合预期',
  behind: '滞后',
  regressing: '逆向',
  no_data: '暂无数据',
  not_assessable: '无法评估',
};

describe('StatusTag', () => {
  it.each(statusOrder)('names %s in Chinese, the words of evaluation reports', async (status) => {
    await renderIn('zh-CN', <StatusTag status={status} />);
    const tag = screen.getByText(chinese[status]);
    expect(tag.closest('[data-status]')?.getAttribute('data-status')).toBe(status);
  });

  it('switches to English', async () => {
    await renderIn('en', <StatusTag status="on_track" />);
    expect(screen.getByText('On track')).toBeTruthy();
  });

  it('colours lagging statuses apart from good ones, never by colour alone', async () => {
    await renderIn('zh-CN', <StatusTag status="behind" />);
    const behind = screen.getByText('滞后');
    await renderIn('zh-CN', <StatusTag status="achieved" />);
    const achieved = screen.getByText('提前实现');
    expect(behind.className).toContain('orange');
    expect(achieved.className).toContain('green');
  });

  it('names trend verdicts and warning levels', async () => {
    await renderIn('zh-CN', <TrendTag verdict="unlikely" />);
    await renderIn('zh-CN', <TrendTag verdict={null} />);
    await renderIn('zh-CN', <WarningTag level="red" />);
    expect(screen.getByText('难以完成')).toBeTruthy();
    expect(screen.getByText('无法判断')).toBeTruthy();
    expect(screen.getByText('红色预警')).toBeTruthy();
  });
});
