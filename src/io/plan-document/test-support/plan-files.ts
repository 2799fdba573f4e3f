/**
 * Real plan files for the reader tests, written by the same libraries Lantu writes reports with:
 * a .docx (docx) with heading styles and an indicator table whose category and attribute cells are
 * merged down and whose header is merged across; PDFs (pdfkit) with a text layer, with a password,
 * and with only a picture of text (rendered by resvg) — a scan.
 */
import { Resvg } from '@resvg/resvg-js';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';
import { cjkFontFiles } from '../../charts/cjk-fonts';

const cell = (text: string, options: { columnSpan?: number; merge?: 'restart' | 'continue' } = {}) =>
  new TableCell({
    children: [new Paragraph(options.merge === 'continue' ? '' : text)],
    columnSpan: options.columnSpan,
    verticalMerge:
      options.merge === 'restart'
        ? VerticalMergeType.RESTART
        : options.merge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    width: { size: 1200, type: WidthType.DXA },
  });

/** A small city plan: two chapters, a merged-cell indicator table, a responsibility phrase. */
export async function planDocx(): Promise<Buffer> {
  const table = new Table({
    rows: [
      new TableRow({
        children: [
          cell('类别'),
          cell('序号'),
          cell('指标'),
          cell('2020年'),
          cell('2025年'),
          cell('年均增长〔累计〕'),
          cell('属性'),
        ],
      }),
      new TableRow({
        children: [
          cell('经济发展', { merge: 'restart' }),
          cell('1'),
          cell('地区生产总值(亿元)'),
          cell('1200'),
          cell('1800'),
          cell('8.5左右'),
          cell('预期性', { merge: 'restart' }),
        ],
      }),
      new TableRow({
        children: [
          cell('', { merge: 'continue' }),
          cell('2'),
          cell('研发经费投入增长(%)'),
          cell('—'),
          cell('>7'),
          cell(''),
          cell('', { merge: 'continue' }),
        ],
      }),
      new TableRow({
        children: [
          cell('绿色生态'),
          cell('3'),
          cell('单位地区生产总值能源消耗降低(%)'),
          cell('—'),
          cell('〔14〕*'),
          cell('—'),
          cell('约束性'),
        ],
      }),
      new TableRow({ children: [cell('注:〔〕内为五年累计数;带*的指标以省下达为准。', { columnSpan: 7 })] }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun('示范市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')],
          }),
          new Paragraph({ text: '第一章　发展目标', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('到2025年,城镇调查失业率控制在5.5%以内,森林覆盖率达到25.8%。'),
          new Paragraph('表1　“十四五”时期经济社会发展主要指标'),
          table,
          new Paragraph({ text: '第二章　建设现代产业体系', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '第一节　壮大先进制造业', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('建成10个智能工厂。(牵头单位:市工业和信息化局;责任单位:市发展改革委、市财政局)'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function pdfBuffer(
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** Plan text as a PDF with a text layer; the long paragraph wraps over several lines. */
export function planPdf(options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return pdfBuffer((doc) => {
    doc.font(cjkFontFiles.regular).fontSize(12);
    doc.text('第一章 发展目标');
    doc.text(
      '综合考虑国内外发展趋势和发展条件,坚持目标导向和问题导向相结合,到2025年,全市地区生产总值突破1800亿元,城镇调查失业率控制在5.5%以内,森林覆盖率达到25.8%,粮食综合生产能力达到1.45万亿斤左右。',
    );
    doc.text('第二章 建设现代产业体系');
    doc.text('研发经费投入年均增长7%以上。');
  }, options);
}

/** A page that is only a picture of text: what a scanner produces. */
export function scannedPdf(): Promise<Buffer> {
  // large type, as a 300 dpi scan of a printed page would give
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="600"><rect width="1800" height="600" fill="white"/><text x="60" y="200" font-size="110" font-family="Noto Sans SC">第一章 发展目标</text><text x="60" y="420" font-size="90" font-family="Noto Sans SC">森林覆盖率达到25.8%</text></svg>`;
  const png = new Resvg(svg, { font: { fontFiles: [cjkFontFiles.regular], loadSystemFonts: false } })
    .render()
    .asPng();
  return pdfBuffer((doc) => {
    doc.image(png, 36, 72, { width: 520 });
  });
}
