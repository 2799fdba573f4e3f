/**
 * ReportModel → PDF with pdfkit (docs/reports.md): A4 with the GB/T 9704 margins, a subset of Noto
 * Sans SC embedded (pdfkit subsets a registered TrueType font to the glyphs used), vector charts,
 * tables whose header repeats on every page, page numbers, and the demo notice on every page.
 * Metadata dates come from the model, so the same model gives the same file.
 */
import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportModel, ReportParagraph } from '../report-model/report-model';
import { drawChartGrid } from './pdf-charts';
import {
  type Doc,
  ensureSpace,
  FONT,
  FONT_BOLD,
  lineGapFor,
  page,
  registerFonts,
  sizes,
  textWidth,
} from './pdf-layout';
import { drawPageFurniture } from './pdf-page-furniture';
import { drawTable } from './pdf-table';

export async function renderPdf(model: ReportModel): Promise<Buffer> {
  const created = new Date(model.properties.generatedAt);
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margins,
    bufferPages: true,
    lang: model.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    info: {
      Title: model.title,
      Author: model.properties.author,
      Subject: model.properties.subject,
      Creator: 'Lantu',
      Producer: 'Lantu (pdfkit)',
      CreationDate: created,
      ModDate: created,
    },
  });
  const done = collect(doc);
  registerFonts(doc);
  drawCover(doc, model);
  for (const section of model.sections) {
    if (section.id === 'annex') doc.addPage();
    drawHeading(doc, section.heading, 1);
    for (const block of section.blocks) drawBlock(doc, block);
  }
  drawPageFurniture(doc, model.demoNotice);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawCover(doc: Doc, model: ReportModel): void {
  const left = doc.page.margins.left;
  doc.moveDown(1);
  doc.font(FONT_BOLD).fontSize(sizes.title).fillColor('#000000');
  doc.text(model.title, left, doc.y, { width: textWidth, align: 'center', lineGap: 8 });
  doc.moveDown(0.3);
  doc.font(FONT).fontSize(sizes.body);
  doc.text(model.subtitle, left, doc.y, { width: textWidth, align: 'center' });
  doc.moveDown(0.8);
  doc.font(FONT).fontSize(sizes.meta).fillColor('#333333');
  for (const line of model.meta)
    doc.text(line, left, doc.y, { width: textWidth, align: 'center', lineGap: 4 });
  if (model.demoNotice !== null) {
    doc.moveDown(0.6);
    doc.font(FONT_BOLD).fontSize(sizes.meta).fillColor('#b3261e');
    doc.text(model.demoNotice, left, doc.y, { width: textWidth, align: 'center' });
  }
  doc.fillColor('#000000');
  doc.moveDown(1.2);
}

function drawBlock(doc: Doc, block: ReportBlock): void {
  switch (block.type) {
    case 'paragraph':
      drawParagraph(doc, block);
      break;
    case 'heading':
      if (block.pageBreakBefore) doc.addPage();
      drawHeading(doc, block.text, block.level);
      break;
    case 'table':
      drawTable(doc, block);
      break;
    case 'charts':
      drawChartGrid(doc, block);
      break;
  }
}

/**
 * Headings keep what follows on their page — a section heading room for a sub-heading and two
 * lines, a sub-heading two lines. Level 1 is bold (黑体), 2 regular (楷体), 3 bold (仿宋加粗).
 */
function drawHeading(doc: Doc, text: string, level: 1 | 2 | 3): void {
  const font = level === 2 ? FONT : FONT_BOLD;
  ensureSpace(doc, sizes.bodyLine * (level === 1 ? 5 : 3));
  const lineGap = lineGapFor(doc, font, sizes.heading, sizes.bodyLine);
  doc.font(font).fontSize(sizes.heading).fillColor('#000000');
  doc.text(text, doc.page.margins.left, doc.y, { width: textWidth, indent: 2 * sizes.body, lineGap });
}

/** 3号 on the 28.95 pt line; annex text 小四 on 20 pt; notes 小四 without indent. */
function drawParagraph(doc: Doc, p: ReportParagraph): void {
  const small = p.style === 'note' || p.style === 'small';
  const size = small ? sizes.meta : sizes.body;
  const lineGap = lineGapFor(doc, FONT, size, small ? sizes.smallLine : sizes.bodyLine);
  const color = p.style === 'notice' ? '#b3261e' : p.style === 'placeholder' ? '#777777' : '#000000';
  const options = { width: textWidth, indent: p.style === 'note' ? 0 : 2 * size, lineGap };
  doc.font(FONT).fontSize(size);
  // An introduction to a list keeps two lines of the list with it.
  if (p.keepWithNext) ensureSpace(doc, doc.heightOfString(p.text, options) + 2 * sizes.bodyLine);
  doc.fillColor(color).text(p.text, doc.page.margins.left, doc.y, options);
  doc.fillColor('#000000');
}
