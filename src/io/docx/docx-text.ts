/**
 * Paragraphs of the Word report. Every run names its fonts itself, not only through its style,
 * so text pasted into another document (or opened in WPS) keeps 仿宋_GB2312 / 黑体 / 楷体_GB2312.
 */
import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { ReportHeading, ReportParagraph } from '../report-model/report-model';
import { fonts, size, styleIds } from './docx-styles';

type Face = (typeof fonts)[keyof typeof fonts];

export interface Look {
  font: Face;
  size: number;
  bold?: boolean;
  color?: string;
}

/** Runs of a text whose `\n` are line breaks. */
export function runs(text: string, look: Look): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : 0,
        font: look.font,
        size: look.size,
        bold: look.bold ?? false,
        ...(look.color === undefined ? {} : { color: look.color }),
      }),
  );
}

export function sectionHeading(text: string, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore,
    children: runs(text, { font: fonts.hei, size: size.body }),
  });
}

export function headingParagraph(h: ReportHeading): Paragraph {
  const pageBreakBefore = h.pageBreakBefore ?? false;
  if (h.level === 2) {
    return new Paragraph({
      heading: HeadingLevel.HEADING_2,
      pageBreakBefore,
      children: runs(h.text, { font: fonts.kai, size: size.body }),
    });
  }
  return new Paragraph({
    heading: HeadingLevel.HEADING_3,
    pageBreakBefore,
    children: runs(h.text, { font: fonts.fang, size: size.body, bold: true }),
  });
}

const paragraphColors: Record<ReportParagraph['style'], string | undefined> = {
  body: undefined,
  small: undefined,
  note: '333333',
  placeholder: '808080',
  notice: 'B3261E',
};

export function bodyParagraph(p: ReportParagraph): Paragraph {
  const color = paragraphColors[p.style];
  const keepNext = p.keepWithNext ?? false;
  if (p.style === 'note') {
    return new Paragraph({
      style: styleIds.note,
      children: runs(p.text, { font: fonts.fang, size: size.small, color: '333333' }),
    });
  }
  const small = p.style === 'small';
  return new Paragraph({
    style: small ? styleIds.small : styleIds.body,
    // Justified lines with a long file path in them spread every character apart.
    ...(p.style === 'notice' ? { alignment: AlignmentType.LEFT } : {}),
    keepNext,
    children: runs(p.text, {
      font: fonts.fang,
      size: small ? size.meta : size.body,
      ...(color === undefined ? {} : { color }),
    }),
  });
}
