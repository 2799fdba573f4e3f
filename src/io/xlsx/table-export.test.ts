import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeTableCsvText } from '../csv/table-csv';
import { demoNotice, sheetNameOf, type TableExport, writeTableXlsx } from './table-export';

interface Row {
  code: string;
  name: string;
  value: number | null;
  status: string;
  updated: Date;
}

const spec: TableExport<Row> = {
  title: '主要指标完成情况',
  subtitle: '截至 2023年',
  containsDemo: true,
  columns: [
    { header: '指标编号', value: (r) => r.code },
    { header: '指标名称', value: (r) => r.name },
    { header: '完成值', value: (r) => r.value, numFmt: '#,##0.00' },
    { header: '状态', value: (r) => r.status },
    { header: '更新日期', value: (r) => r.updated },
  ],
  rows: [
    {
      code: 'T01',
      name: '地区生产总值',
      value: 128.6,
      status: '快于预期',
      updated: new Date(Date.UTC(2024, 0, 31)),
    },
    {
      code: 'T02',
      name: '=HYPERLINK("http://evil")',
      value: -5,
      status: '-滞后',
      updated: new Date(Date.UTC(2024, 1, 1)),
    },
    { code: 'T03', name: '@cmd', value: null, status: '+1', updated: new Date(Date.UTC(2024, 1, 2)) },
  ],
};

describe('table export to xlsx', () => {
  it('writes title, subtitle, demo notice, frozen Chinese headers, formats and defused text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await writeTableXlsx(spec)).buffer);
    const ws = wb.getWorksheet('主要指标完成情况');
    if (!ws) throw new Error('sheet missing');
    expect(ws.getCell('A1').value).toBe('主要指标完成情况');
    expect(ws.getCell('A2').value).toBe('截至 2023年');
    expect(ws.getCell('A3').value).toBe(demoNotice);
    expect(ws.getRow(4).values).toEqual([undefined, '指标编号', '指标名称', '完成值', '状态', '更新日期']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.getCell('C5').value).toBe(128.6);
    expect(ws.getCell('C5').numFmt).toBe('#,##0.00');
    expect(ws.getCell('C6').value).toBe(-5);
    expect(ws.getCell('B6').value).toBe('\'=HYPERLINK("http://evil")');
    expect(ws.getCell('B7').value).toBe("'@cmd");
    expect(ws.getCell('D6').value).toBe("'-滞后");
    expect(ws.getCell('E5').value).toEqual(new Date(Date.UTC(2024, 0, 31)));
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(14);
  });

  it('leaves out the notice when no value is simulated, and makes sheet names legal', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      new Uint8Array(await writeTableXlsx({ ...spec, subtitle: undefined, containsDemo: false })).buffer,
    );
    expect(wb.worksheets[0]?.getRow(2).values).toEqual([
      undefined,
      '指标编号',
      '指标名称',
      '完成值',
      '状态',
      '更新日期',
    ]);
    expect(sheetNameOf('台账 [2023/09]: 审核?')).toBe('台账  2023 09   审核');
  });
});

describe('table export to CSV', () => {
  it('is UTF-8 with BOM, CRLF, notice first, text defused and numbers as numbers', () => {
    const text = writeTableCsvText(spec);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(`"${demoNotice}"`);
    expect(lines[1]).toBe('指标编号,指标名称,完成值,状态,更新日期');
    expect(lines[2]).toBe('T01,地区生产总值,128.6,快于预期,2024-01-31');
    expect(lines[3]).toBe('T02,"\'=HYPERLINK(""http://evil"")",-5,\'-滞后,2024-02-01');
    expect(lines[4]).toBe("T03,'@cmd,,'+1,2024-02-02");
  });
});
