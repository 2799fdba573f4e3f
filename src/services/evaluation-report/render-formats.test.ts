/**
 * The Hebi mid-term report rendered to Word, PDF and HTML: the files carry the model's title,
 * headline and every table-1 indicator, in the GB/T 9704 page layout, and say 示例数据 on demo data.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../io/docx/render-docx';
import { readZipEntry, zipEntryNames } from '../../io/docx/test-support/read-zip-entry';
import { escapeHtml } from '../../io/html/html-text';
import { renderHtml } from '../../io/html/render-html';
import { renderPdf } from '../../io/pdf/render-pdf';
import type { ReportModel } from '../../io/report-model/report-model';
import { hebiModel, hebiPackage } from './test-support/hebi-report';

/** Rendering 68 charts takes seconds; on a busy two-core machine more than the 10 s hook default. */
const RENDER_TIMEOUT = 120_000;

let model: ReportModel;
const headline = () => {
  const overview = model.sections[0]?.blocks.find(
    (b) => b.type === 'paragraph' && b.text.startsWith('评估显示'),
  );
  return overview?.type === 'paragraph' ? (overview.text.split('。')[0] ?? '') : '';
};
const table1Names = () =>
  hebiPackage()
    .indicators.filter((i) => i.source === 'table1')
    .map((i) => i.name);
const chartCount = () =>
  model.sections
    .flatMap((s) => s.blocks)
    .reduce((n, b) => n + (b.type === 'charts' ? b.charts.length : 0), 0);

beforeAll(() => {
  model = hebiModel('2023');
});

describe('renderDocx', () => {
  let docx: Buffer;
  let xml: string;
  beforeAll(async () => {
    docx = await renderDocx(model);
    xml = readZipEntry(docx, 'word/document.xml')?.toString('utf8') ?? '';
  }, RENDER_TIMEOUT);

  it('writes the title, the headline and every table-1 indicator', () => {
    expect(xml).toContain(escapeHtml(model.title));
    expect(headline()).toMatch(/^评估显示,主要指标中\d+项/);
    expect(xml).toContain(escapeHtml(headline()));
    for (const name of table1Names()) expect(xml, name).toContain(escapeHtml(name));
  });

  it('lays the page out after GB/T 9704: A4, margins 37/35/28/26 mm, 仿宋_GB2312 3号 on a fixed line', () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    const styles = readZipEntry(docx, 'word/styles.xml')?.toString('utf8') ?? '';
    expect(styles).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
    expect(styles).toContain('<w:sz w:val="32"/>');
  });

  it('repeats table headers, numbers pages — 1 — and marks demo data in every header', () => {
    expect(xml).toContain('<w:tblHeader/>');
    const names = zipEntryNames(docx);
    const footers = names
      .filter((n) => /^word\/footer\d+\.xml$/.test(n))
      .map((n) => readZipEntry(docx, n)?.toString('utf8'));
    expect(footers.some((f) => f?.includes('PAGE') && f.includes('— '))).toBe(true);
    const headers = names
      .filter((n) => /^word\/header\d+\.xml$/.test(n))
      .map((n) => readZipEntry(docx, n)?.toString('utf8'));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(h).toContain('示例数据(模拟)');
    // One picture per chart (identical charts share one media file, so count the drawings).
    expect(xml.match(/<wp:inline/g)).toHaveLength(chartCount());
    expect(names.some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true);
  });

  it('dates the document by the report’s generation time, not the clock', () => {
    const core = readZipEntry(docx, 'docProps/core.xml')?.toString('utf8') ?? '';
    expect(core).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${model.properties.generatedAt}</dcterms:created>`,
    );
    expect(core).toContain(`<dc:title>${model.title}</dc:title>`);
  });
});

describe('renderPdf', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(model);
  }, RENDER_TIMEOUT);

  it('is an A4 PDF embedding a subset of Noto Sans SC', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it(
    'is the same file for the same model (no clock, no random ids)',
    async () => {
      expect((await renderPdf(model)).equals(pdf)).toBe(true);
    },
    RENDER_TIMEOUT,
  );

  const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
  it.skipIf(!pdftotext)(
    'reads back the title, headline and demo notice (needs pdftotext from poppler-utils)',
    () => {
      const file = join(mkdtempSync(join(tmpdir(), 'lantu-report-')), 'report.pdf');
      writeFileSync(file, pdf);
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      expect(text).toContain(model.title);
      expect(text).toContain(headline());
      expect(text).toContain('本报告使用示例数据(模拟),不是真实统计数据');
      expect(text).toContain('—1—');
    },
  );
});

describe('renderHtml', () => {
  it('is one page with no script, every table-1 indicator, inline charts with their own ids', () => {
    const html = renderHtml(model);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/ style="/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain(escapeHtml(headline()));
    for (const name of table1Names()) expect(html, name).toContain(escapeHtml(name));
    expect(html).toContain('示例数据(模拟)');
    expect(html.match(/<svg /g)).toHaveLength(chartCount());
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
