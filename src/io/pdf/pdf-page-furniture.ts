/**
 * What every page carries, drawn once the content is laid out: the page number in the GB/T 9704
 * style (— 1 —, 4号, 7 mm below the text block, right on odd pages and left on even ones) and, for
 * reports on demo data, the 示例数据(模拟) notice above the text block.
 */
import { type Doc, FONT, FONT_BOLD, sizes, textWidth } from './pdf-layout';

const pt = (mm: number) => (mm * 72) / 25.4;

export function drawPageFurniture(doc: Doc, demoNotice: string | null): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    // Writing in the margins must not make pdfkit start a new page.
    const savedBottom = margins.bottom;
    doc.page.margins.bottom = 0;
    const number = i - range.start + 1;
    const label = `— ${number} —`;
    doc.font(FONT).fontSize(sizes.pageNumber).fillColor('#000000');
    const y = doc.page.height - savedBottom + pt(7);
    // 右空一字 / 左空一字: one character in from the edge of the text block.
    const inset = sizes.pageNumber;
    const options = { width: textWidth - inset, lineBreak: false } as const;
    if (number % 2 === 1) doc.text(label, margins.left, y, { ...options, align: 'right' });
    else doc.text(label, margins.left + inset, y, { ...options, align: 'left' });
    if (demoNotice !== null) {
      doc.font(FONT_BOLD).fontSize(sizes.tableNote).fillColor('#b3261e');
      doc.text(demoNotice, margins.left, margins.top - pt(12), {
        width: textWidth,
        align: 'center',
        lineBreak: false,
      });
    }
    doc.page.margins.bottom = savedBottom;
  }
  doc.fillColor('#000000');
}
