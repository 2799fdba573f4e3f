/**
 * The 分工方案 workbook: what Lantu writes reads back the same; an office's own layout (header lower
 * down, other column names and order, no code column, unmerged category rows, dates as cells or as
 * 2025年底) reads too; LibreOffice opens the export and shows its rows.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDeadline, readTaskDivision } from './task-division-read';
import { chineseDate, writeTaskDivision } from './task-division-write';

const categories = [
  {
    label: '第五章 延链补链强链,集群式做强做优两大主导产业',
    tasks: [
      {
        code: 'RW05-01',
        text: '围绕三化趋势丰富汽车电子电器产品体系。',
        lead: '科技创新和工业信息化局',
        co: ['城北园区'],
        deadline: '2025-12-31',
      },
      {
        code: 'RW05-02',
        text: '=择机布局新能源汽车',
        lead: '科技创新和工业信息化局',
        co: [],
        deadline: '2024-06-30',
      },
    ],
  },
  {
    label: '第二十一章 加强组织领导',
    tasks: [
      {
        code: 'RW21-07',
        text: '成立规划实施领导小组',
        lead: '综合办公室',
        co: ['经济发展局', '财政局'],
        deadline: '2021-12-31',
      },
    ],
  },
];

describe('task division workbook', () => {
  it('reads back what it writes: serials, category rows, units, deadlines, codes, defused text', async () => {
    const bytes = await writeTaskDivision('鹤壁经开区“十四五”规划纲要重点任务分工方案', categories);
    const read = await readTaskDivision(bytes);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.row, r.cells.serial, r.cells.code, r.category])).toEqual([
      [4, '1', 'RW05-01', '第五章 延链补链强链,集群式做强做优两大主导产业'],
      [5, '2', 'RW05-02', '第五章 延链补链强链,集群式做强做优两大主导产业'],
      [7, '3', 'RW21-07', '第二十一章 加强组织领导'],
    ]);
    // A formula-looking text goes out defused and comes back as written.
    expect(read.rows[1]?.cells.text).toBe('=择机布局新能源汽车');
    expect(read.rows[2]?.cells.co).toBe('经济发展局、财政局');
    expect(read.rows.map((r) => r.deadline)).toEqual([
      { kind: 'date', value: '2025-12-31' },
      { kind: 'date', value: '2024-06-30' },
      { kind: 'date', value: '2021-12-31' },
    ]);
    expect(read.rows[0]?.letters).toMatchObject({ lead: 'C', co: 'D', deadline: 'E' });
    expect(chineseDate('2024-06-30')).toBe('2024年6月30日');
  });

  it("reads an office's own layout", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['经开区2024年重点工作任务分工']);
    ws.addRow(['(印发稿)']);
    ws.addRow(['序号', '工作任务', '完成时间', '责任单位', '配合部门']);
    ws.addRow(['一、产业发展']);
    ws.addRow([
      1,
      '建成鹤壁汽车电子检测中心',
      new Date(Date.UTC(2024, 11, 31)),
      '科技创新和工业信息化局',
      '城北园区,财政局',
    ]);
    ws.addRow([2, '完善人才评价激励机制', '2025年底', '人力资源和社会保障局', '']);
    ws.addRow([3, '选聘法律顾问', '明年', '', '']);
    ws.addRow(['二、民生']);
    ws.addRow([4, '推进基础教育提优扩容', '2025年6月', '社会事业局', '']);
    const read = await readTaskDivision(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.row, r.category, r.cells.text, r.cells.lead, r.cells.co])).toEqual([
      [5, '一、产业发展', '建成鹤壁汽车电子检测中心', '科技创新和工业信息化局', '城北园区,财政局'],
      [6, '一、产业发展', '完善人才评价激励机制', '人力资源和社会保障局', ''],
      [7, '一、产业发展', '选聘法律顾问', '', ''],
      [9, '二、民生', '推进基础教育提优扩容', '社会事业局', ''],
    ]);
    expect(read.rows[0]?.letters).toMatchObject({ text: 'B', deadline: 'C', lead: 'D', co: 'E' });
    expect(read.rows[0]?.cells.code).toBeUndefined();
    expect(read.rows.map((r) => r.deadline.kind === 'date' && r.deadline.value)).toEqual([
      '2024-12-31',
      '2025-12-31',
      false,
      '2025-06-30',
    ]);
  });

  it('names a sheet without a header', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['随便写的表']);
    const read = await readTaskDivision(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(read.problems[0]?.zh).toBe('前10行中找不到表头(须有“任务”和“牵头单位”两列)');
  });

  it('reads deadlines as people write them', () => {
    expect(readDeadline('2025年12月31日')).toEqual({ kind: 'date', value: '2025-12-31' });
    expect(readDeadline('2024.2.29')).toEqual({ kind: 'date', value: '2024-02-29' });
    // February 2023 has 28 days: the 29th is refused, and the month's end is the 28th.
    expect(readDeadline('2023-02-29').kind).toBe('error');
    expect(readDeadline('2023年2月')).toEqual({ kind: 'date', value: '2023-02-28' });
    expect(readDeadline('2025年')).toEqual({ kind: 'date', value: '2025-12-31' });
    expect(readDeadline(null)).toEqual({ kind: 'empty' });
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasSoffice)('LibreOffice opens the 分工方案', () => {
  it('shows the title, the header, the category rows and the numbered tasks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-division-'));
    try {
      writeFileSync(join(dir, 'division.xlsx'), await writeTaskDivision('重点任务分工方案', categories));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1',
          '--outdir',
          join(dir, 'out'),
          join(dir, 'division.xlsx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const [file] = readdirSync(join(dir, 'out'));
      const lines = readFileSync(join(dir, 'out', file ?? ''), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.replaceAll('"', ''));
      expect(lines[0]).toMatch(/^重点任务分工方案/);
      expect(lines[1]).toBe('序号,重点任务,牵头单位,配合单位,完成时限,任务编号');
      expect(lines[2]).toMatch(/^第五章 延链补链强链,集群式做强做优两大主导产业/);
      expect(lines[3]).toBe(
        '1,围绕三化趋势丰富汽车电子电器产品体系。,科技创新和工业信息化局,城北园区,2025年12月31日,RW05-01',
      );
      expect(lines[6]).toBe('3,成立规划实施领导小组,综合办公室,经济发展局、财政局,2021年12月31日,RW21-07');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
