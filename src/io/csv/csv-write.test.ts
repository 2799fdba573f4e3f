import { fc, test as fcTest } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCsvRecords } from './csv-write';

/**
 * What a spreadsheet may run as a formula (OWASP CSV injection, csv-stringify's escape list): a line
 * starting with tab, or, after blanks, with = + - @ CR or their full-width forms.
 */
const formulaStart = /^\t|^[ \t]*[=+\-@\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function linesOf(cell: string): string[] {
  return cell.split(/\r\n|\r|\n/);
}

describe('the shared CSV writer', () => {
  it('quotes a field with a lone LF or CR and defuses the line after the break', () => {
    const text = writeCsvRecords(
      [
        ["审核通过\n=cmd|' /C calc'!A0", 'a\r+1', 'x'],
        ['ok', 'y', 'z'],
      ],
      {
        recordDelimiter: '\r\n',
      },
    );
    expect(text).toBe(`"审核通过\n'=cmd|' /C calc'!A0","a\r'+1",x\r\nok,y,z\r\n`);
    const records: string[][] = parse(text, { relax_column_count: true });
    expect(records).toEqual([
      ["审核通过\n'=cmd|' /C calc'!A0", "a\r'+1", 'x'],
      ['ok', 'y', 'z'],
    ]);
  });

  it.each([
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['  @x', "'  @x"],
    ['-5', '-5'],
    ['地区生产总值', '地区生产总值'],
  ])('defuses %j as csv-stringify’s escape list does (→ %j)', (cell, written) => {
    const [record] = parse(writeCsvRecords([[cell]]), { relax_quotes: true }) as string[][];
    expect(record?.[0]).toBe(written);
  });

  fcTest.prop([
    fc.array(
      fc.array(
        fc.string({
          unit: fc.constantFrom(
            '=',
            '+',
            '-',
            '@',
            '\t',
            '\r',
            '\n',
            ',',
            '"',
            ' ',
            "'",
            'a',
            '审',
            '＝',
            '1',
          ),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 4 },
    ),
  ])('reads back cell for cell, and no line of any cell starts a formula', (records) => {
    const width = Math.max(...records.map((r) => r.length));
    const square = records.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
    const text = writeCsvRecords(square);
    const back: string[][] = parse(text, { relax_column_count: true });
    expect(back).toHaveLength(square.length);
    for (const [i, record] of back.entries()) {
      for (const [j, cell] of record.entries()) {
        // The cell read back is the cell written, line for line, but for apostrophes put before lines.
        const bare = (text: string) => text.replace(/(^|\r\n|\r|\n)'+/g, '$1');
        expect(bare(cell)).toBe(bare(square[i]?.[j] ?? ''));
        for (const line of linesOf(cell)) {
          if (!/^-?\d+(\.\d+)?$/.test(line)) expect(line).not.toMatch(formulaStart);
        }
      }
    }
  });
});
