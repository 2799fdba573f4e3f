/**
 * ReportModel → .docx with docx 9 (docs/reports.md): the layout of Chinese official documents
 * (GB/T 9704, see docx-styles.ts), tables that repeat their header row, charts as PNG, page numbers,
 * and the demo-data notice on the cover and in every page header. Document dates come from the
 * model, not the clock.
 */
import { Document, Packer, Paragraph, type Table } from 'docx';
import type { ReportBlock, ReportModel } from '../report-model/report-model';
import { chartGrid, renderChartPngs } from './docx-charts';
import { demoHeaders, pageFooters } from './docx-page';
import { fonts, pageMargin, pageSize, reportStyles, size, styleIds } from './docx-styles';
import { reportTable } from './docx-table';
import { bodyParagraph, headingParagraph, runs, sectionHeading } from './docx-text';

export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const pngs = await renderChartPngs(model);
  const children: (Paragraph | Table)[] = [...cover(model)];
  for (const section of model.sections) {
    children.push(sectionHeading(section.heading, section.id === 'annex'));
    for (const block of section.blocks) children.push(...blockElements(block, pngs));
  }
  const doc = new Document({
    creator: model.properties.author,
    lastModifiedBy: model.properties.author,
    title: model.title,
    subject: model.properties.subject,
    description: model.demoNotice ?? model.subtitle,
    styles: reportStyles,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        // No document grid: LibreOffice would snap table lines to it too. The body's exact 28.95 pt
        // line already gives the 22 lines a page of GB/T 9704.
        properties: { page: { size: pageSize, margin: pageMargin } },
        ...(model.demoNotice === null ? {} : { headers: demoHeaders(model.demoNotice) }),
        footers: pageFooters(),
        children,
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(model) }]);
}

/**
 * docx stamps the document's created/modified dates with the clock; the report's are its generation
 * time from the model. (The zip entries still carry the packing time, so two runs differ in bytes,
 * not in content.)
 */
function coreProperties(model: ReportModel): string {
  const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const date = x(model.properties.generatedAt);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(model.title)}</dc:title><dc:subject>${x(model.properties.subject)}</dc:subject><dc:creator>${x(model.properties.author)}</dc:creator><dc:description>${x(model.demoNotice ?? model.subtitle)}</dc:description><cp:lastModifiedBy>${x(model.properties.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`;
}

function cover(model: ReportModel): Paragraph[] {
  const out = [
    styled(styleIds.title, model.title, { font: fonts.title, size: size.title }),
    styled(styleIds.subtitle, model.subtitle, { font: fonts.kai, size: size.body }),
    ...model.meta.map((line) =>
      styled(styleIds.meta, line, { font: fonts.fang, size: size.meta, color: '333333' }),
    ),
  ];
  if (model.demoNotice !== null) {
    out.push(styled(styleIds.meta, model.demoNotice, { font: fonts.hei, size: size.four, color: 'B3261E' }));
  }
  return out;
}

function styled(style: string, text: string, look: Parameters<typeof runs>[1]): Paragraph {
  return new Paragraph({ style, children: runs(text, look) });
}

function blockElements(block: ReportBlock, pngs: ReadonlyMap<string, Buffer>): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [bodyParagraph(block)];
    case 'heading':
      return [headingParagraph(block)];
    case 'table':
      return reportTable(block);
    case 'charts':
      return chartGrid(block, pngs);
  }
}
