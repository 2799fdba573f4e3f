import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../plan-text/draft-plan';
import { encodeGbk } from '../csv/fixtures/gbk-encode';
import { DocumentRefusal } from './document-refusal';
import { ocrAvailable } from './ocr';
import { readPastedText, readPlanDocument } from './read-plan-document';
import { planDocx, planPdf, scannedPdf } from './test-support/plan-files';

const oldDoc = readFileSync(fileURLToPath(new URL('./fixtures/old-plan.doc', import.meta.url)));

async function refusal(bytes: Uint8Array, name: string): Promise<DocumentRefusal> {
  const error = await readPlanDocument(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentRefusal);
  return error as DocumentRefusal;
}

describe('readPlanDocument: text', () => {
  const text = '第一章 发展目标\n到2025年,城镇调查失业率控制在5.5%以内。\n';
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      'utf-8-bom',
    ],
    ['GB18030', encodeGbk(text), 'gb18030'],
  ])('reads %s', async (_label, bytes, encoding) => {
    const { doc, source } = await readPlanDocument(bytes, 'plan.txt');
    expect(source).toMatchObject({ format: 'txt', encoding });
    expect(doc.blocks.map((b) => b.text)).toEqual([
      '第一章 发展目标',
      '到2025年,城镇调查失业率控制在5.5%以内。',
    ]);
  });

  it('refuses text in no known encoding', async () => {
    // 0xFF is a lead byte in neither UTF-8 nor GB18030; UTF-16 without a BOM is full of NUL bytes
    expect((await refusal(Buffer.from([0xb9, 0xe6, 0xff, 0x41]), 'plan.txt')).code).toBe(
      'document_unknown_encoding',
    );
    expect(
      (await refusal(Buffer.from('Plan text in UTF-16 without a byte-order mark', 'utf16le'), 'plan.txt'))
        .code,
    ).toBe('document_unknown_encoding');
  });

  it('reads pasted text and refuses an empty paste', () => {
    expect(readPastedText('第一篇 总体要求').source.format).toBe('pasted');
    expect(() => readPastedText(' \n\n ')).toThrow(DocumentRefusal);
  });
});

describe('readPlanDocument: Word', () => {
  it('reads headings, paragraphs and the table with merged cells as a grid', async () => {
    const { doc, source } = await readPlanDocument(await planDocx(), '示范市纲要.docx');
    expect(source.format).toBe('docx');
    const rows = doc.blocks.filter((b) => b.kind === 'row');
    // the category and attribute merged down reach row 2; the note merged across fills all 7 columns
    expect(rows.map((r) => (r.kind === 'row' ? r.cells : []))).toEqual([
      ['类别', '序号', '指标', '2020年', '2025年', '年均增长〔累计〕', '属性'],
      ['经济发展', '1', '地区生产总值(亿元)', '1200', '1800', '8.5左右', '预期性'],
      ['经济发展', '2', '研发经费投入增长(%)', '—', '>7', '', '预期性'],
      ['绿色生态', '3', '单位地区生产总值能源消耗降低(%)', '—', '〔14〕*', '—', '约束性'],
      Array(7).fill('注:〔〕内为五年累计数;带*的指标以省下达为准。'),
    ]);
    expect(doc.blocks.find((b) => b.text === '第一章　发展目标')).toMatchObject({ headingLevel: 1 });
  });

  it('drafts the table rows by column, with the 〔〕 total, the * mark and the responsibility phrase', async () => {
    const { doc, source } = await readPlanDocument(await planDocx(), '示范市纲要.docx');
    const draft = draftPlan(doc, { code: 'demo-city', source });
    expect(draft.plan).toMatchObject({ regionName: '示范市', level: 'city', fiveYearPlanNo: 14 });
    expect(draft.outline.map((n) => [n.kind, n.number, n.title])).toEqual([
      ['chapter', 1, '发展目标'],
      ['chapter', 2, '建设现代产业体系'],
      ['section', 1, '壮大先进制造业'],
    ]);
    const rows = draft.indicators.filter((i) => i.origin === 'table');
    expect(
      rows.map((r) => [
        r.code,
        r.name,
        r.unit,
        r.category,
        r.attribute,
        r.baseline?.value ?? null,
        r.target?.value,
        r.annualGrowth,
        r.cumulative,
      ]),
    ).toEqual([
      ['T01', '地区生产总值', '亿元', '经济发展', 'expected', 1200, 1800, 8.5, null],
      ['T02', '研发经费投入增长', '%', '经济发展', 'expected', null, 7, null, null],
      ['T03', '单位地区生产总值能源消耗降低', '%', '绿色生态', 'binding', null, 14, null, 14],
    ]);
    expect(rows[2]?.notes.join(' ')).toContain('*');
    expect(draft.assignments).toMatchObject([
      { subject: 'S1', lead: ['市工业和信息化局'], support: ['市发展改革委', '市财政局'] },
    ]);
    const prose = draft.indicators
      .filter((i) => i.origin === 'prose')
      .map((i) => [i.name, i.target?.value, i.unit]);
    expect(prose).toEqual([
      ['城镇调查失业率', 5.5, '%'],
      ['森林覆盖率', 25.8, '%'],
      ['智能工厂', 10, '个'],
    ]);
  });

  it('refuses an old binary .doc, and a workbook or a PDF under a .docx name', async () => {
    expect((await refusal(oldDoc, '旧版规划.doc')).code).toBe('document_legacy_doc');
    const workbook = await new JSZip()
      .file('xl/workbook.xml', '<workbook/>')
      .generateAsync({ type: 'uint8array' });
    const renamed = await refusal(workbook, 'plan.docx');
    expect(renamed.code).toBe('document_kind_mismatch');
    expect(renamed.messages.zh).toContain('Excel');
    expect((await refusal(await planPdf(), 'plan.docx')).messages.en).toContain(
      'is named .docx but its content is PDF',
    );
  });
});

describe('readPlanDocument: PDF', () => {
  it('reads the text layer and joins wrapped lines into one paragraph', async () => {
    const { doc } = await readPlanDocument(await planPdf(), 'plan.pdf');
    const texts = doc.blocks.map((b) => b.text);
    expect(texts[0]).toBe('第一章 发展目标');
    expect(texts[1]).toMatch(/^综合考虑.*1\.45万亿斤左右。$/);
    expect(texts).toHaveLength(4);
  });

  it('refuses a password-protected PDF', async () => {
    const locked = await planPdf({ userPassword: 'secret', ownerPassword: 'owner' });
    expect((await refusal(locked, 'plan.pdf')).code).toBe('document_encrypted');
  });

  it('refuses a scan and says how to read it', async () => {
    const scan = await refusal(await scannedPdf(), 'scan.pdf');
    expect(scan.code).toBe('document_no_text');
    expect(scan.messages.zh).toContain(
      ocrAvailable() ? '--ocr' : 'apt-get install tesseract-ocr tesseract-ocr-chi-sim',
    );
  });
});

describe.skipIf(!ocrAvailable())(
  'readPlanDocument: OCR of a scan (needs tesseract-ocr, tesseract-ocr-chi-sim, pdftoppm)',
  () => {
    it('reads the picture of text with --ocr and drafts from it', { timeout: 180_000 }, async () => {
      const { doc, source } = await readPlanDocument(await scannedPdf(), 'scan.pdf', { ocr: true });
      expect(source.ocr).toBe(true);
      const draft = draftPlan(doc, { code: 'scan', source });
      // OCR may misread a character of the title; the numbering and the figure are what must survive
      expect(draft.outline.map((n) => [n.kind, n.number])).toEqual([['chapter', 1]]);
      expect(draft.indicators.map((i) => [i.target?.value, i.unit])).toEqual([[25.8, '%']]);
    });
  },
);

describe('readPlanDocument: what is not a plan document', () => {
  it('refuses an empty file, an image named .pdf and a file over the size limit', async () => {
    expect((await refusal(new Uint8Array(), 'plan.txt')).code).toBe('document_empty');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await refusal(png, 'plan.pdf')).messages.zh).toContain('PNG');
    const huge = await refusal(new Uint8Array(100 * 1024 * 1024), 'plan.txt');
    expect(huge.code).toBe('document_too_large');
    expect(huge.messages.zh).toContain('100.0 MB');
  });
});
