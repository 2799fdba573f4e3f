import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { TableRow } from '../table/table-row';
import { type CsvReaderOptions, CsvRecordReader, sniffDelimiter } from './csv-records';
import { decodeChunks, detectEncoding } from './decode-text';
import { encodeGbk } from './fixtures/gbk-encode';

function read(chunks: string[], options: CsvReaderOptions = {}): TableRow[] {
  const reader = new CsvRecordReader(options);
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

describe('CsvRecordReader', () => {
  it('numbers rows as a spreadsheet does: a quoted line break stays in its row', () => {
    const rows = read(['a,b\n1,"x\ny"\n\n3,4']);
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'x\ny']],
      [3, ['']],
      [4, ['3', '4']],
    ]);
  });

  it('reads CRLF, CR and LF, also when a CRLF is split between chunks', () => {
    const rows = read(['a,b\r', '\n1,2\r3,4\r\n']);
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps stray quotes literally, as Excel does', () => {
    expect(read(['1,2"x"\n"a"b,"c""d"\n']).map((r) => r.cells)).toEqual([
      ['1', '2"x"'],
      ['ab', 'c"d'],
    ]);
  });

  it('reports a quote never closed on its row and column, keeping the rows before it', () => {
    const rows = read(['a,b\n1,"oops\n3,4\n']);
    expect(rows.map((r) => r.row)).toEqual([1, 2]);
    expect(rows[1]?.problems).toEqual([expect.objectContaining({ column: 2, code: 'csv_quote_not_closed' })]);
  });

  it('cuts a cell longer than the limit and says so, without losing the next rows', () => {
    const rows = read([`${'x'.repeat(50)},1\n2,3`], { maxCellChars: 10 });
    expect(rows[0]?.cells[0]).toBe('x'.repeat(10));
    expect(rows[0]?.problems[0]).toMatchObject({ column: 1, code: 'cell_too_long' });
    expect(rows[1]?.cells).toEqual(['2', '3']);
  });

  it('detects tab and semicolon delimiters from the first line', () => {
    expect(sniffDelimiter('指标\t年份\t数值\n')).toBe('\t');
    expect(sniffDelimiter('指标;年份;数值\n')).toBe(';');
    expect(sniffDelimiter('"a;b",c\n')).toBe(',');
    expect(read(['a;b\n1;2']).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  fcTest.prop([fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '中', ';', '\t') }), fc.nat(20)])(
    'gives the same records however the text is cut into chunks',
    (text, cut) => {
      const at = Math.min(cut, text.length);
      const whole = read([text], { delimiter: ',' });
      const split = read([text.slice(0, at), text.slice(at)], { delimiter: ',' });
      expect(split).toEqual(whole);
    },
  );
});

describe('detectEncoding', () => {
  const text = '指标名称,年份,数值\n地区生产总值,2023,128.6\n';

  it('reads UTF-8, UTF-8 with BOM, GB18030 and UTF-16 LE with BOM', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const [bytes, encoding] of [
      [Buffer.from(text), 'utf-8'],
      [bom, 'utf-8'],
      [encodeGbk(text), 'gb18030'],
      [utf16, 'utf-16le'],
    ] as const) {
      const detected = detectEncoding(bytes);
      expect(detected.encoding).toBe(encoding);
      expect([...decodeChunks(bytes, detected)].join('')).toBe(text);
    }
  });
});
