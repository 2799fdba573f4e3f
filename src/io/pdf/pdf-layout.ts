/**
 * Page geometry and type of the PDF report, after GB/T 9704 (党政机关公文格式): A4, margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm, body 3号 (16 pt) on a 28.95 pt line so a page holds 22
 * lines. The PDF embeds one font, a subset of Noto Sans SC, so it reads the same everywhere; the
 * 黑体/楷体/仿宋 distinctions of the Word version become bold and regular weights.
 */
import { cjkFontFiles } from '../charts/cjk-fonts';

export type Doc = PDFKit.PDFDocument;

const pt = (mm: number) => (mm * 72) / 25.4;

export const page = {
  size: 'A4',
  margins: { top: pt(37), bottom: pt(35), left: pt(28), right: pt(26) },
  width: 595.28,
  height: 841.89,
} as const;

export const textWidth = page.width - page.margins.left - page.margins.right;

export const FONT = 'cjk';
export const FONT_BOLD = 'cjk-bold';

/** Sizes in points: 2号 22, 3号 16, 4号 14, 五号 10.5, 小五 9. */
export const sizes = {
  title: 22,
  heading: 16,
  body: 16,
  bodyLine: 28.95,
  meta: 12,
  smallLine: 20,
  table: 10.5,
  tableNote: 9,
  caption: 12,
  pageNumber: 14,
} as const;

export function registerFonts(doc: Doc): void {
  doc.registerFont(FONT, cjkFontFiles.regular);
  doc.registerFont(FONT_BOLD, cjkFontFiles.bold);
}

/** The lineGap that makes lines of `size` exactly `line` points apart. */
export function lineGapFor(doc: Doc, font: string, size: number, line: number): number {
  doc.font(font).fontSize(size);
  return Math.max(0, line - doc.currentLineHeight(false));
}

/** Bottom of the text block on the current page. */
export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}
