/**
 * Recognises a heading line as plans number them: 第一篇, 第十二章, 第三节, 专栏6, and the
 * 一、 / (一) / 1. numbering that smaller, special and annual plans use instead. Only lines that stand
 * alone as headings count: a numbered item inside running text is not a heading.
 */
import { chineseNumeralClass, parseChineseNumber } from './chinese-number';
import { matchForm } from './plan-document';

export type HeadingStyle =
  | 'part'
  | 'chapter'
  | 'section'
  | 'column'
  | 'numbered1'
  | 'numbered2'
  | 'numbered3';

export interface Heading {
  style: HeadingStyle;
  number: number | null;
  /** The heading as written, without its number; empty when the title is on the next line. */
  title: string;
}

const n = `[${chineseNumeralClass}\\d]+`;
const separator = String.raw`[\s:、.]*`;

const patterns: { style: HeadingStyle; re: RegExp; maxTitle: number }[] = [
  { style: 'part', re: new RegExp(`^第(${n})篇${separator}(.*)$`), maxTitle: 60 },
  { style: 'chapter', re: new RegExp(`^第(${n})章${separator}(.*)$`), maxTitle: 60 },
  { style: 'section', re: new RegExp(`^第(${n})节${separator}(.*)$`), maxTitle: 60 },
  { style: 'column', re: new RegExp(`^专栏\\s*(${n})?${separator}(.*)$`), maxTitle: 60 },
  { style: 'numbered1', re: /^([一二三四五六七八九十]+)、\s*(.+)$/, maxTitle: 30 },
  { style: 'numbered2', re: /^\(([一二三四五六七八九十]+)\)\s*(.+)$/, maxTitle: 30 },
  { style: 'numbered3', re: /^(\d{1,2})[.、](?!\d)\s*(.+)$/, maxTitle: 30 },
];

/** Sentence punctuation inside a title means running text, not a heading. */
const sentenceMark = /[。;!?]/;

export function readHeading(line: string): Heading | null {
  const text = matchForm(line);
  for (const { style, re, maxTitle } of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const title = (m[2] ?? '').trim();
    const number = m[1] ? parseChineseNumber(m[1]) : null;
    if (style !== 'column' && number === null) return null;
    if (title.length > maxTitle || sentenceMark.test(title.replace(/[。]$/, ''))) return null;
    if (style.startsWith('numbered') && (title.length === 0 || /[。,;:]$/.test(title))) return null;
    // the title is taken from the original line so that it can be quoted exactly
    return { style, number, title: line.trim().slice(line.trim().length - title.length) };
  }
  return null;
}
