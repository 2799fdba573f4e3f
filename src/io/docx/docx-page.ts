/**
 * Header and footers of the Word report. Page numbers follow GB/T 9704 §7.5: 4号 半角 figures with a
 * dash on each side (— 1 —), one character in from the right edge on odd pages and from the left
 * edge on even pages. On demo data every page's header says so.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { fonts, size } from './docx-styles';

export function pageFooters(): { default: Footer; even: Footer } {
  return { default: footer('right'), even: footer('left') };
}

function footer(side: 'left' | 'right'): Footer {
  const oneChar = 2 * size.four * 10;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneChar } : { left: oneChar },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts.song, size: size.four }),
        ],
      }),
    ],
  });
}

export function demoHeaders(notice: string): { default: Header; even: Header } {
  const header = () =>
    new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: notice, font: fonts.hei, size: size.small, color: 'B3261E' })],
        }),
      ],
    });
  return { default: header(), even: header() };
}
