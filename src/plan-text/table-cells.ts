/**
 * What a cell of an indicator table says: a number with its marks (>25, 5左右, [1.275], 〔13.5〕,
 * 3.6*), a dash for an empty cell, a phrase target (与经济增长基本同步), an attribute (预期性), a
 * category row (一、经济发展) or a footnote (注:).
 */
import { matchForm } from './plan-document';

export type CellKind = 'number' | 'dash' | 'phrase' | 'attribute' | 'category' | 'note' | 'text';

const numberCell =
  /^[〔[(]?\s*[>≥<≤]?\s*\d+(\.\d+)?([-~]\d+(\.\d+)?)?\s*[〕\])]?\s*(%|左右|以上|以下|以内)?\s*\*?$/;
const dashCell = /^[—–\-－一]{1,3}$|^\/$/;
const phraseWords =
  /同步|下达|平均水平|合理区间|基本|持续|逐步|稳步|稳定|保持|提高|下降|降低|高于|低于|不低于|不高于|完成|确保|力争|全覆盖|零增长|负增长/;
const knownCategories =
  /^(经济发展|创新驱动|民生福祉|绿色生态|安全保障|开放合作|资源环境|人民生活|社会发展|改革开放|科技创新|生态环境|社会民生|数字转型及绿色生态|城乡融合|文化建设)$/;

export function cellKind(raw: string): CellKind {
  const text = matchForm(raw).trim();
  if (/^注\s*[:\d]|^注$|^\*\s*[^\d]/.test(text)) return 'note';
  if (/^(预期性|约束性)$/.test(text)) return 'attribute';
  if (/^[一二三四五六七八九十]+、\s*\S{2,15}$/.test(text) || knownCategories.test(text)) return 'category';
  if (dashCell.test(text)) return 'dash';
  if (numberCell.test(text)) return 'number';
  if (text.length <= 24 && phraseWords.test(text) && !/[()]\s*$/.test(text)) return 'phrase';
  return 'text';
}

/** 一、经济发展 → 经济发展. */
export function categoryName(raw: string): string {
  return matchForm(raw)
    .trim()
    .replace(/^[一二三四五六七八九十]+、\s*/, '');
}

/** 〔13.5〕 reads as [13.5] and 3.6* as 3.6: the star is a footnote mark, kept in the notes. */
export function cellPhrase(raw: string): { text: string; starred: boolean } {
  const text = matchForm(raw).trim();
  const starred = /\*$/.test(text);
  return {
    text: text
      .replace(/\*$/, '')
      .replace(/^〔(.*)〕$/, '[$1]')
      .replace(/^\((.*)\)$/, '[$1]')
      .replace(/\s+/g, ''),
    starred,
  };
}

const unitLike =
  /^(%|‰|[万亿千百]?(元|美元|人|人次|户|吨|吨标准煤|亩|个|家|件|项|所|张|条|座|处|次|台|辆|千瓦|千瓦时|立方米|平方米|公里|平方公里|米|斤|公斤|岁|年|天|位|册|床|分|小时|分钟)(\/[^,]+)?|.*\/.*|个百分点|微克\/立方米)$/;

/** "地区生产总值(亿元,%)" → name 地区生产总值, unit 亿元; "(车间)" is part of the name. */
export function splitNameUnit(raw: string): { name: string; unit: string | null; starred: boolean } {
  let text = raw.trim();
  const starred = /\*\s*$/.test(matchForm(text));
  if (starred) text = text.replace(/[*＊]\s*$/, '');
  const m = /^(.*?)[(（]([^()（）]+)[)）]$/.exec(text);
  if (m?.[1] && m[2]) {
    const first =
      matchForm(m[2])
        .split(/[,、,]/)[0]
        ?.trim() ?? '';
    if (unitLike.test(first)) return { name: m[1].trim(), unit: first, starred };
  }
  return { name: text, unit: null, starred };
}
