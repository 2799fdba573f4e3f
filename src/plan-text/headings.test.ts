import { describe, expect, it } from 'vitest';
import { readHeading } from './headings';

describe('readHeading', () => {
  it.each([
    // as the Hebi plan text writes them (no space after the number)
    ['第一篇开启二次创业新征程,实现双争经开新跨越', 'part', 1, '开启二次创业新征程,实现双争经开新跨越'],
    ['第二十四章凝聚社会共识', 'chapter', 24, '凝聚社会共识'],
    ['专栏14:营商环境工作机制优化专项', 'column', 14, '营商环境工作机制优化专项'],
    // as national and provincial plans write them, with a full-width space
    ['第三节　加快数字化发展', 'section', 3, '加快数字化发展'],
    ['第十一章 建设现代化基础设施体系', 'chapter', 11, '建设现代化基础设施体系'],
    ['专栏１　科技前沿领域攻关', 'column', 1, '科技前沿领域攻关'],
    ['一、发展基础', 'numbered1', 1, '发展基础'],
    ['（三）主要目标', 'numbered2', 3, '主要目标'],
    ['2. 提升产业链水平', 'numbered3', 2, '提升产业链水平'],
  ])('%s', (line, style, number, title) => {
    expect(readHeading(line)).toEqual({ style, number, title });
  });

  it('does not take running text for a heading', () => {
    for (const line of [
      '一、经济发展方式进入新阶段,城市功能建设呈现新面貌,综合发展水平位列全国经开区百强,争创国家级高新技术产业开发区。',
      '1.24',
      '2020年,地区生产总值完成83.14亿元',
      '（一）坚持党的全面领导。坚持和完善党领导经济社会发展的体制机制。',
      '第一章要求各部门抓好落实;第二章另有规定。',
    ]) {
      expect(readHeading(line)).toBeNull();
    }
  });

  it('keeps a column heading whose title is on the next line', () => {
    expect(readHeading('专栏3')).toEqual({ style: 'column', number: 3, title: '' });
  });
});
