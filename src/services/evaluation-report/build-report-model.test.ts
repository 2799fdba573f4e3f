import { describe, expect, it } from 'vitest';
import { formatGiven } from '../../core';
import { evaluatePlanPackage } from '../plans/plan-evaluation';
import { buildReportModel } from './build-report-model';
import { formatActual } from './indicator-cells';
import { needsAttention } from './section-categories';
import {
  allText,
  GENERATED_AT,
  hebiInput,
  hebiModel,
  hebiPackage,
  tableById,
} from './test-support/hebi-report';

describe('buildReportModel — the numbers equal the evaluation API for the same date', () => {
  for (const asOf of ['2023', '2025', '2024-Q3']) {
    it(`prints every indicator once with evaluatePlanPackage's figures (${asOf})`, () => {
      const model = hebiModel(asOf);
      const api = evaluatePlanPackage(hebiPackage(), asOf);
      const byCode = new Map(api.evaluation.results.map((r) => [r.code, r]));
      const rows = [
        ...tableById(model, 'main-indicators').rows,
        ...tableById(model, 'prose-targets').rows,
      ].filter((r) => r.kind === 'body');
      expect(rows.map((r) => r.data?.code).sort()).toEqual([...byCode.keys()].sort());
      for (const row of rows) {
        const r = byCode.get(row.data?.code ?? '');
        expect(r, row.data?.code).toBeDefined();
        if (r === undefined) continue;
        expect(row.data).toEqual({
          code: r.code,
          status: r.status,
          verdict: r.trend.verdict,
          actual: r.actual,
          actualPeriod: r.actualPeriod,
          expected: r.expected,
          ratio: r.ratio,
        });
        // The printed latest value is the API's figure, formatted like its explanation line.
        const latest = row.cells[6]?.text ?? '';
        expect(latest.split('\n')[0], r.code).toBe(r.actual === null ? '—' : formatActual(r));
      }
    });
  }

  it('puts table 1 in the main table and the prose targets in annex table 1, by category in plan order', () => {
    const model = hebiModel('2023');
    const pkg = hebiPackage();
    const main = tableById(model, 'main-indicators');
    const codes = (rows: typeof main.rows) => rows.flatMap((r) => (r.data ? [r.data.code] : []));
    expect(codes(main.rows)).toEqual(pkg.indicators.filter((i) => i.source === 'table1').map((i) => i.code));
    expect(codes(tableById(model, 'prose-targets').rows)).toHaveLength(44);
    expect(main.rows.filter((r) => r.kind === 'group').map((r) => r.cells[0]?.text)).toEqual([
      '一、经济发展',
      '二、创新驱动',
      '三、开放合作',
      '四、民生福祉',
      '五、数字转型及绿色生态',
    ]);
    const t01 = main.rows.find((r) => r.data?.code === 'T01');
    expect(t01?.cells.map((c) => c.text.replace('\n', ' '))).toEqual([
      '1',
      '地区生产总值',
      '亿元',
      '83.14',
      '160',
      '预期性',
      `${formatGiven(t01?.data?.actual ?? Number.NaN)} 2023年`,
      expect.any(String),
      expect.any(String),
    ]);
    // Each indicator row is followed by the core's explanation.
    const explanation = main.rows[main.rows.findIndex((r) => r.data?.code === 'T01') + 1];
    expect(explanation?.kind).toBe('note');
    expect(explanation?.cells[0]?.text).toContain('2020年83.14亿元至2025年160亿元');
    // …followed by the official four-category scale (issue 16)
    expect(explanation?.cells[0]?.text).toMatch(
      /官方口径:(提前实现|快于预期|基本符合预期|滞后预期|已实现|未实现)/,
    );
  });

  it('states the headline, time elapsed, counts and warnings of the core roll-up', () => {
    const input = hebiInput('2023');
    const model = buildReportModel(input);
    const { rollup, warnings } = input.evaluation;
    const overview = model.sections[0];
    expect(overview?.heading).toBe('一、总体评价');
    const text = allText(model);
    expect(text).toContain(`评估显示,${rollup.headline.zh}。`);
    expect(text).toContain('截至2023年,《纲要》已实施3年,序时进度60%。');
    const red = warnings.filter((w) => w.level === 'red').length;
    expect(text).toContain(`共有${warnings.length}项指标发出预警,其中红色预警${red}项`);
    const summary = tableById(model, 'status-summary');
    expect(summary.rows.at(-1)?.cells.map((c) => c.text)).toEqual(['合计', '73', '67', '6']);
    expect(summary.rows[2]?.cells.map((c) => c.text)).toEqual([
      '基本符合预期',
      String(rollup.byStatus.on_track),
      String(rollup.byAttribute.expected.on_track),
      String(rollup.byAttribute.binding.on_track),
    ]);
    const warningRows = tableById(model, 'warnings').rows;
    expect(warningRows.map((r) => r.cells[3]?.text)).toEqual(warnings.map((w) => w.reason.zh));
  });

  it('lists the lagging indicators of each category with the pace they now need', () => {
    const model = hebiModel('2023');
    const api = evaluatePlanPackage(hebiPackage(), '2023');
    const names = new Map(hebiPackage().indicators.map((i) => [i.code, i.name]));
    const text = allText(model);
    const lagging = api.evaluation.results.filter(needsAttention);
    expect(lagging.length).toBeGreaterThan(0);
    for (const r of lagging) expect(text, r.code).toContain(`${names.get(r.code)}(`);
    // One in full: the demo data put 地区生产总值 behind at 2023, needing more than 14% a year.
    const gdp = api.evaluation.results.find((r) => r.code === 'T01');
    const pace = gdp?.trend.requiredPace?.value ?? Number.NaN;
    expect(text).toContain(`1. 地区生产总值(滞后、难以完成)。${gdp?.explanation.zh}。`);
    expect(text).toContain(`实现目标需此后年均增长${Number(pace.toFixed(2))}%。`);
    // Indicators on track and likely are not listed.
    const fine = api.evaluation.results.find((r) => r.status === 'on_track' && r.trend.verdict === 'likely');
    expect(text).not.toContain(`${names.get(fine?.code ?? '')}(基本符合预期`);
  });

  it('charts every indicator with data, the running total ending on the core’s sum', () => {
    const model = hebiModel('2023');
    const charts = model.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.type === 'charts' ? b.charts : []));
    const api = evaluatePlanPackage(hebiPackage(), '2023');
    const withData = api.evaluation.results.filter((r) => r.actual !== null).map((r) => r.code);
    expect(charts.map((c) => c.code).sort()).toEqual(expect.arrayContaining(withData.sort()));
    expect(charts.map((c) => c.caption.split(' ')[0])).toEqual(charts.map((_, i) => `图${i + 1}`));
    const jobs = charts.find((c) => c.code === 'T19');
    const sum = jobs?.series.find((s) => s.role === 'actual')?.points.at(-1)?.y ?? Number.NaN;
    expect(sum).toBeCloseTo(api.evaluation.results.find((r) => r.code === 'T19')?.actual ?? Number.NaN, 9);
    expect(jobs?.marks).toEqual([{ role: 'target', label: '目标 1.275', y: 1.275 }]);
    const gdp = charts.find((c) => c.code === 'T01');
    expect(gdp?.series.find((s) => s.role === 'path')?.points[0]).toEqual({ x: 2020, y: 83.14 });
    expect(gdp?.series.find((s) => s.role === 'path')?.points.at(-1)?.y).toBeCloseTo(160, 9);
    for (const c of charts)
      for (const s of c.series) for (const p of s.points) expect(Number.isFinite(p.y)).toBe(true);
  });
});

describe('buildReportModel — labels, narrative, projects, language', () => {
  it('says 示例数据 on demo data and not on published data only', () => {
    expect(hebiModel('2023').demoNotice).toBe('本报告使用示例数据(模拟),不是真实统计数据,不得引用。');
    const published = hebiModel('2023', { dataset: 'published' });
    expect(published.demoNotice).toBeNull();
    expect(allText(published)).not.toContain('示例数据');
  });

  it('prints the placeholder for empty narrative and the office’s text otherwise', () => {
    const empty = hebiModel('2023');
    const problems = empty.sections.find((s) => s.id === 'problems');
    expect(problems?.blocks).toEqual([{ type: 'paragraph', style: 'placeholder', text: '(待规划办填写)' }]);
    const written = hebiModel('2023', {
      narrative: {
        problems: '## 经济增速放缓\n- 地区生产总值增速低于**预期**\n\n- 财政收入承压',
        nextSteps: '',
      },
    });
    expect(written.sections.find((s) => s.id === 'problems')?.blocks).toEqual([
      { type: 'heading', level: 3, text: '经济增速放缓' },
      { type: 'paragraph', style: 'body', text: '地区生产总值增速低于预期' },
      { type: 'paragraph', style: 'body', text: '财政收入承压' },
    ]);
  });

  it('prints section 5 only when projects are given, numbering the rest after it', () => {
    expect(hebiModel('2023').sections.map((s) => s.heading)).toEqual([
      '一、总体评价',
      '二、主要指标完成情况',
      '三、分领域进展情况',
      '四、约束性指标与预警',
      '五、存在的主要问题',
      '六、下一步工作建议',
      '附表与附录',
    ]);
    const model = buildReportModel({
      ...hebiInput('2023'),
      projects: {
        byStage: [
          { stage: '在建', count: 12 },
          { stage: '竣工', count: 5 },
        ],
        investment: { unit: '亿元', total: 320.5, plannedThisYear: 40, completedThisYear: 31 },
        highlights: [{ name: '京东智谷', stage: '在建', note: '土地手续待协调' }],
      },
    });
    expect(model.sections.map((s) => s.id)).toContain('projects');
    expect(model.sections[4]?.heading).toBe('五、重大项目推进情况');
    expect(model.sections[5]?.heading).toBe('六、存在的主要问题');
    expect(allText(model)).toContain('本年计划投资40亿元,已完成31亿元,完成年度计划的77.5%。');
  });

  it('names the kinds as such reports are titled', () => {
    expect(hebiModel('2023').title).toBe('鹤壁经开区“十四五”规划纲要实施中期评估报告');
    expect(hebiModel('2025', { kind: 'final' }).title).toBe('鹤壁经开区“十四五”规划纲要实施总结评估报告');
    const annual = hebiModel('2022', { kind: 'annual' });
    expect([annual.title, annual.subtitle]).toEqual([
      '鹤壁经开区“十四五”规划纲要实施情况年度监测报告',
      '(2022年度 · 初稿)',
    ]);
    expect(hebiModel('2023-09', { kind: 'annual' }).subtitle).toBe('(截至2023年9月 · 初稿)');
    // A final evaluation says 已实现, not 提前实现, of targets met in the target year.
    expect(tableById(hebiModel('2025', { kind: 'final' }), 'status-summary').rows[0]?.cells[0]?.text).toBe(
      '已实现',
    );
  });

  it('writes the whole report in English on request', () => {
    const model = hebiModel('2023', { lang: 'en' });
    expect(model.title).toBe(
      'Hebi Economic and Technological Development Zone 14th Five-Year Plan: Mid-term Evaluation Report',
    );
    expect(model.demoNotice).toContain('not real statistics');
    const headings = model.sections.map((s) => s.heading).join(' ');
    expect(headings).toBe(
      '1. Overall assessment 2. Main indicators 3. Progress by area 4. Binding indicators and warnings 5. Main problems 6. Recommendations for the next stage Annexes',
    );
    expect(tableById(model, 'main-indicators').rows[1]?.cells[1]?.text).toBe('Gross regional product (GDP)');
    expect(allText(model)).not.toMatch(/待规划办|主要指标完成情况表/);
  });

  it('is pure: the same input gives the same model, with the date it was given', () => {
    const a = hebiModel('2023');
    expect(hebiModel('2023')).toEqual(a);
    expect(a.properties.generatedAt).toBe(GENERATED_AT);
    expect(a.meta).toContain('由蓝图(Lantu)于2026-01-15生成初稿;评价意见由规划办补充');
  });
});
