import { describe, expect, it } from 'vitest';
import { findProseTargets } from './prose-targets';

const read = (text: string) => findProseTargets([{ block: 0, text }], { targetYear: 2025, visionYear: 2035 });

describe('findProseTargets', () => {
  it.each([
    // the phrases of the national 14th plan's text as issue 14 quotes them
    ['城镇调查失业率低于5.5%', { name: '城镇调查失业率', value: 5.5, unit: '%', comparator: 'le' }],
    ['森林覆盖率达到25.8%', { name: '森林覆盖率', value: 25.8, unit: '%', comparator: null }],
    [
      '粮食综合生产能力达到1.45万亿斤左右',
      { name: '粮食综合生产能力', value: 1.45, unit: '万亿斤', comparator: 'approx' },
    ],
    [
      '全社会研发经费投入年均增长7%以上',
      { name: '全社会研发经费投入', value: 7, unit: '%', comparator: 'ge', hint: 'rate' },
    ],
    ['单位国内生产总值二氧化碳排放降低18%', { name: '单位国内生产总值二氧化碳排放', value: 18, unit: '%' }],
    ['到2025年,新增省级以上绿色工厂40个。', { name: '省级以上绿色工厂', value: 40, unit: '个', year: 2025 }],
    ['集中建设3个万人社区', { name: '万人社区', value: 3, unit: '个', hint: 'count' }],
    ['培育上市、挂牌科技型企业3-4家', { value: 3, range: [3, 4], comparator: 'ge', unit: '家' }],
  ])('%s', (text, expected) => {
    expect(read(text)[0]).toMatchObject(expected);
  });

  it('pairs 分别 with its subjects', () => {
    const found = read('城市绿地率、绿化覆盖率分别达到37%、40%');
    expect(found.map((t) => [t.name, t.value])).toEqual([
      ['城市绿地率', 37],
      ['绿化覆盖率', 40],
    ]);
  });

  it('reads the 2035 outlook and its scale words', () => {
    const found = read('展望2035年,建成一个两千亿级汽车电子电器产业集群,地区生产总值较2025年再翻一番');
    expect(found[0]).toMatchObject({ value: 2000, unit: '亿元', year: 2035, text: '两千亿级' });
    expect(found[1]).toMatchObject({ name: '地区生产总值', doubling: { fromYear: 2025 }, year: 2035 });
  });

  it('skips what the previous plan achieved and numbers that are not quantities', () => {
    expect(read('2020年,地区生产总值完成83.14亿元,“十三五”时期年均增长9%')).toEqual([]);
    expect(read('加快5G网络建设,推进S304濮鹤线干线公路建设')).toEqual([]);
    expect(read('着力推动“五个示范区”建设,用好国际国内两个市场')).toEqual([]);
  });

  it('quotes the clause as written, full-width signs included', () => {
    const [t] = read('到２０２５年，城镇调查失业率控制在５．５％以内');
    expect(t).toMatchObject({ value: 5.5, unit: '%', comparator: 'le' });
    expect(t?.quote.text).toBe('城镇调查失业率控制在５．５％以内');
  });
});
