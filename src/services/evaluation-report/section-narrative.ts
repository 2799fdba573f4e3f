/**
 * 存在问题 / 下一步建议: the office's own text, written as plain text or simple Markdown. Judgement is
 * the office's, so the builder adds nothing to it: an empty text prints the placeholder (待规划办填写).
 * Markdown is read only as far as office writers use it — `#` headings, `-`/`*` bullets, `**bold**`
 * markers (dropped) — because a Word or PDF report has no use for the rest.
 */

import type { ReportLang } from '../../io/report-model/report-input';
import type { ReportBlock } from '../../io/report-model/report-model';
import { rt } from './translate-report';

export function narrativeBlocks(lang: ReportLang, text: string): ReportBlock[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0)
    return [{ type: 'paragraph', style: 'placeholder', text: rt(lang, 'narrative.placeholder') }];
  return lines.map((line): ReportBlock => {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) return { type: 'heading', level: 3, text: plain(heading[1] ?? '') };
    return { type: 'paragraph', style: 'body', text: plain(line.replace(/^[-*+]\s+/, '')) };
  });
}

/** Drops emphasis and code markers, which would otherwise print literally. */
function plain(s: string): string {
  return s
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/`([^`]*)`/g, '$1');
}
