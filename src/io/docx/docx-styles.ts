/**
 * The Word report's page and type, after GB/T 9704-2012 (党政机关公文格式): A4; margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm (a 156 × 225 mm text block); title 2号 方正小标宋简体;
 * level-1 headings 3号 黑体, level-2 3号 楷体_GB2312, level-3 3号 仿宋_GB2312 bold; body 3号 仿宋_GB2312 on
 * a fixed 28.95 pt line (22 lines a page); tables 五号 仿宋_GB2312. East-Asian font names are set on
 * every style; Latin letters and digits use Times New Roman, as the standard's 半角 figures do.
 */
import { AlignmentType, type IStylesOptions, LineRuleType } from 'docx';

/** Millimetres to twentieths of a point (twips), the unit of Word's page geometry. */
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

export const pageSize = { width: 11906, height: 16838 } as const;
export const pageMargin = {
  top: twips(37),
  bottom: twips(35),
  left: twips(28),
  right: twips(26),
  header: twips(20),
  // The page number sits about 7 mm below the text block (GB/T 9704 §7.5).
  footer: twips(23),
} as const;
export const textWidthTwips = pageSize.width - pageMargin.left - pageMargin.right;

/** 28.95 pt: 22 lines fill the 225 mm text block. */
export const BODY_LINE = 579;
/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt, 小五 9 pt. */
/** meta is 小四 (12 pt), also the annex text. */
export const size = { title: 44, body: 32, four: 28, table: 21, small: 18, meta: 24 } as const;

const latin = 'Times New Roman';
const face = (eastAsia: string) => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' });

export const fonts = {
  title: face('方正小标宋简体'),
  hei: face('黑体'),
  kai: face('楷体_GB2312'),
  fang: face('仿宋_GB2312'),
  song: face('宋体'),
} as const;

const exact = { line: BODY_LINE, lineRule: LineRuleType.EXACT } as const;
const body = { firstLine: 2 * 320 } as const;

export const styleIds = {
  title: 'ReportTitle',
  subtitle: 'ReportSubtitle',
  meta: 'ReportMeta',
  body: 'ReportBody',
  small: 'ReportSmall',
  note: 'ReportNote',
  caption: 'ReportCaption',
  tableText: 'ReportTableText',
  chartCaption: 'ReportChartCaption',
} as const;

export const reportStyles: IStylesOptions = {
  default: {
    document: { run: { font: fonts.fang, size: size.body }, paragraph: { spacing: exact } },
    heading1: {
      run: { font: fonts.hei, size: size.body, bold: false, color: '000000' },
      paragraph: { spacing: exact, indent: body, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: fonts.kai, size: size.body, bold: false, italics: false, color: '000000' },
      paragraph: { spacing: exact, indent: body, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: fonts.fang, size: size.body, bold: true, color: '000000' },
      paragraph: { spacing: exact, indent: body, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: styleIds.title,
      name: 'Report Title',
      run: { font: fonts.title, size: size.title },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT } },
    },
    {
      id: styleIds.subtitle,
      name: 'Report Subtitle',
      run: { font: fonts.kai, size: size.body },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact, after: 200 } },
    },
    {
      id: styleIds.meta,
      name: 'Report Meta',
      run: { font: fonts.fang, size: size.meta, color: '333333' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 400, lineRule: LineRuleType.EXACT } },
    },
    {
      id: styleIds.body,
      name: 'Report Body',
      run: { font: fonts.fang, size: size.body },
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exact, indent: body },
    },
    {
      id: styleIds.small,
      name: 'Report Small',
      run: { font: fonts.fang, size: size.meta },
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        spacing: { line: 400, lineRule: LineRuleType.EXACT },
        indent: { firstLine: 2 * 240 },
      },
    },
    {
      id: styleIds.note,
      name: 'Report Note',
      run: { font: fonts.fang, size: size.small, color: '333333' },
      paragraph: { spacing: { line: 300, lineRule: LineRuleType.EXACT, after: 120 } },
    },
    {
      id: styleIds.caption,
      name: 'Report Caption',
      run: { font: fonts.hei, size: size.four },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 80 } },
    },
    {
      id: styleIds.tableText,
      name: 'Report Table Text',
      run: { font: fonts.fang, size: size.table },
      paragraph: { spacing: { line: 260, lineRule: LineRuleType.AT_LEAST } },
    },
    {
      id: styleIds.chartCaption,
      name: 'Report Chart Caption',
      run: { font: fonts.fang, size: size.small },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 160 },
      },
    },
  ],
};
