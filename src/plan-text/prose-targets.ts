/**
 * Quantified targets in running text: "城镇调查失业率控制在5%左右", "突破400亿元", "研发经费投入年均增长7%以上",
 * "集中建设3个万人社区", "城市绿地率、绿化覆盖率分别达到37%、40%", "两千亿级…产业集群", "位列全国经开区百强",
 * "较2025年再翻一番". Each becomes a candidate with value, unit, comparator, year and the clause it was
 * read from. Sentences about the past (2020年…, “十三五”时期…) are not targets and are skipped.
 */

import type { DraftQuote } from '../contracts/plan-draft-api';
import type { Comparator } from '../core/model';
import { parseChineseNumber } from './chinese-number';
import { matchForm } from './plan-document';
import { countUnits, unitAt } from './prose-units';

export interface ProseTarget {
  name: string;
  value: number | null;
  unit: string;
  comparator: Comparator | null;
  year: number;
  /** The target as written: 突破400亿元, 60%以上, 三个. */
  text: string;
  range: [number, number] | null;
  hint: 'rate' | 'count' | 'level';
  /** "翻一番": the value is twice another indicator's (resolved once the table is read). */
  doubling: { fromYear: number | null } | null;
  confidence: number;
  quote: DraftQuote;
}

export interface ProseContext {
  targetYear: number;
  visionYear: number | null;
}

const geVerbs = [
  '突破',
  '超过',
  '不低于',
  '不少于',
  '高于',
  '提高到',
  '提升到',
  '增加到',
  '增长到',
  '力争达到',
  '达到',
  '达',
];
const leVerbs = ['控制在', '不超过', '不高于', '低于', '降低到', '下降到', '降至', '以内'];
const rateVerbs = ['年均增长', '年均提高', '年增', '年均', '增长', '降低', '下降', '减少', '提高'];
const leadingFillers =
  /^(到20\d\d年(底|末)?|力争到20\d\d年|“十[一二三四五六七八九]五”期末|十[一二三四五六七八九]五期末|力争|确保|争取|全区|全市|全省|全县|全国|其中|实现|每年|持续|进一步|基本|以上|并|和|及|,|、|\s)+/;
const buildVerbs =
  /^(集中建设|规划建设|打造建成|新建改建|新建|改建|建设|建成|培育|打造|创建|争创|推进|完成|引进|实施|开工|新增|扶持|认定)/;
const trailingVerb = new RegExp(
  `(分别)?(${[...geVerbs, ...leVerbs, ...rateVerbs, '为', '保持在', '稳定在', '累计'].join('|')})$`,
);
const pastSentence =
  /(19|20)(1\d|20)年(?!前|底前)|十[一二三]五”?(时期|期间|以来|末)|截至|截止|已经|同比|较上年|完成了|荣获|获评/;

/** Numbers that are not quantities: model names (5G, S304), years, dates, ordinals. */
function isNoise(m: string, before: string, after: string): boolean {
  if (/[A-Za-z&+]$/.test(before) || /^[A-Za-z+]/.test(after)) return true;
  if (/^(年|月|日|号|届|次会议|周年|大|路)/.test(after)) return true;
  if (/第$|年产$|总投资约?$|投资约?$|面积约?$/.test(before)) return true;
  if (/^张床位/.test(after)) return true;
  return m.length === 0;
}

function yearOf(sentence: string, fallback: number): number {
  const m = /(?:到|至|在|于)?(20\d\d)年(?:底|末|前)?/.exec(sentence);
  return m?.[1] && /到|至|展望|力争/.test(sentence.slice(Math.max(0, m.index - 4), m.index + 1))
    ? Number(m[1])
    : fallback;
}

interface Span {
  start: number;
  text: string;
}

function split(text: string, re: RegExp): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > start) spans.push({ start, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) spans.push({ start, text: text.slice(start) });
  return spans;
}

function cleanName(raw: string): string {
  let name = raw.replace(/[,:;。、]+$/, '').replace(leadingFillers, '');
  let previous = '';
  while (previous !== name) {
    previous = name;
    name = name.replace(trailingVerb, '').replace(leadingFillers, '');
    const withoutVerb = name.replace(buildVerbs, '');
    if (withoutVerb.length >= 3) name = withoutVerb;
  }
  return name.replace(/[“”"]+$/, (q) => (name.startsWith('“') ? q : '')).trim();
}

export function findProseTargets(
  blocks: readonly { block: number; text: string }[],
  context: ProseContext,
): ProseTarget[] {
  const found: ProseTarget[] = [];
  for (const { block, text: original } of blocks) {
    const text = matchForm(original);
    const paragraphYear = /^展望(20\d\d)年/.exec(text)?.[1];
    let sentenceYear = paragraphYear ? Number(paragraphYear) : context.targetYear;
    let previousSubject = '';
    for (const sentence of split(text, /[。;!?]/g)) {
      if (pastSentence.test(sentence.text)) continue;
      sentenceYear = yearOf(sentence.text, sentenceYear);
      for (const clause of split(sentence.text, /[,:]/g)) {
        const offset = sentence.start + clause.start;
        const read = readClause(clause.text.replace(/[,:;。!?]+$/, ''), previousSubject);
        for (const t of read.targets) {
          const start = offset;
          const end = offset + clause.text.replace(/[,:;。]$/, '').length;
          found.push({
            ...t,
            year: t.year ?? sentenceYear,
            quote: { block, start, end, text: original.slice(start, end) },
          });
        }
        if (read.subject) previousSubject = read.subject;
      }
    }
  }
  return found;
}

type ClauseTarget = Omit<ProseTarget, 'quote' | 'year'> & { year: number | null };

const numberToken =
  /(\d+(?:\.\d+)?)(?:\s*[-~至]\s*(\d+(?:\.\d+)?))?|([二两三四五六七八九十]+)(?=个|家|条|项|所|座|处)/g;

function readClause(
  clause: string,
  previousSubject: string,
): { targets: ClauseTarget[]; subject: string | null } {
  const targets: ClauseTarget[] = [];
  const special = readSpecial(clause);
  if (special) return { targets: [special], subject: null };
  const respectively = /分别/.test(clause);
  const subjectMatch = /^(.*?)分别/.exec(clause);
  let names: string[] = [];
  if (respectively) {
    const subject = cleanName(subjectMatch?.[1] ?? '') || previousSubject;
    const group = /^(.*?)([两二三四五六七八九十]+大)(.+)$/.exec(subject);
    names =
      group?.[1] && group[3]
        ? group[1].split('、').map((n) => cleanName(n) + group[3])
        : subject.split('、').map(cleanName);
  }
  let index = 0;
  let from = 0;
  for (const m of clause.matchAll(numberToken)) {
    const at = m.index ?? 0;
    // the text since the previous target: "“双百亿”企业2家、“双十亿”企业20家" names each its own
    const before = clause.slice(from, at).replace(/^[、和及与,\s]+/, '');
    const afterNumber = clause.slice(at + m[0].length);
    const unit = unitAt(afterNumber);
    if (!unit || isNoise(m[0], before, afterNumber)) continue;
    const chinese = m[3] ? parseChineseNumber(m[3]) : null;
    const built =
      buildVerbs.test(before.replace(leadingFillers, '')) ||
      /(建设|建成|打造|培育|创建|新建)/.test(clause.slice(0, at));
    // a Chinese numeral counts only what is built (打造三个生活圈), not slogans (“五个示范区”, 两个市场)
    if (m[3] && (!built || /^.?[“"]/.test(afterNumber.slice(unit.length)) || chinese === null)) continue;
    const low = chinese ?? Number(m[1]);
    const high = m[2] ? Number(m[2]) : null;
    const afterUnit = afterNumber.slice(unit.length);
    const suffix = /^(以上|以下|以内|左右)/.exec(afterUnit)?.[1] ?? '';
    const verb = [...geVerbs, ...leVerbs, ...rateVerbs].find(
      (v) => before.endsWith(v) || before.endsWith(`${v}约`),
    );
    let comparator: Comparator | null = null;
    if (suffix === '以上') comparator = 'ge';
    else if (suffix === '以下' || suffix === '以内') comparator = 'le';
    else if (suffix === '左右' || before.endsWith('约')) comparator = 'approx';
    else if (high !== null) comparator = 'ge';
    else if (verb && geVerbs.includes(verb) && verb !== '达到' && verb !== '达') comparator = 'ge';
    else if (verb && leVerbs.includes(verb)) comparator = 'le';
    const isRate = Boolean(verb && rateVerbs.includes(verb)) && (unit === '%' || unit === '个百分点');
    const nounAfter =
      /^[^\s、,。;:和及等]{2,30}/.exec(afterUnit.replace(/^(以上|以下|以内|左右)/, ''))?.[0] ?? '';
    let name: string;
    if (respectively) name = names[index] ?? names.at(-1) ?? '';
    else if (countUnits.has(unit) && nounAfter && !/^[的(]/.test(nounAfter)) {
      // 集中建设3个万人社区, 推进2个体育公园建设: the noun follows the measure word
      name = cleanName(nounAfter.replace(/(建设|项目)+$/, ''));
    } else name = cleanName(before.replace(/各$/, ''));
    // a number without a name of its own qualifies the next one (15亿元龙头企业10家): keep it in that name
    if (!name || name.length < 2 || name.length > 40) continue;
    from = at + m[0].length + unit.length + suffix.length;
    const cue = Boolean(verb || suffix || high !== null || respectively || built);
    const word = verb && !['达到', '达', '增长', '年均', '提高'].includes(verb) ? verb : '';
    targets.push({
      name,
      value: low,
      unit,
      comparator,
      year: null,
      text: `${word}${m[0]}${unit}${suffix}`,
      range: high !== null ? [low, high] : null,
      hint: isRate ? 'rate' : countUnits.has(unit) && built ? 'count' : 'level',
      doubling: null,
      confidence: cue ? 0.8 : 0.55,
    });
    index++;
  }
  return { targets, subject: respectively ? null : cleanName(clause) };
}

/** 两千亿级…集群, 位列…百强, 较2025年再翻一番. */
function readSpecial(clause: string): ClauseTarget | null {
  const scale = /^(.*?)([二两三四五六七八九十百千]+)亿级(.{2,24})$/.exec(clause);
  if (scale?.[2] && scale[3]) {
    const value = parseChineseNumber(scale[2]);
    if (value !== null)
      return {
        name: `${scale[2]}亿级${cleanName(scale[3])}`,
        value,
        unit: '亿元',
        comparator: 'ge',
        year: null,
        text: `${scale[2]}亿级`,
        range: null,
        hint: 'level',
        doubling: null,
        confidence: 0.6,
      };
  }
  const rank = /^(.*?)(位列|进入|跻身|保持)(.{0,12}?)(百|五十|[二三四五六七八九十]+)强$/.exec(clause);
  if (rank?.[4]) {
    const value = parseChineseNumber(rank[4]);
    return {
      name: cleanName(rank[1] ?? '') || `${rank[3]}排名`,
      value,
      unit: '位',
      comparator: 'le',
      year: null,
      text: `${rank[2]}${rank[3]}${rank[4]}强`,
      range: null,
      hint: 'level',
      doubling: null,
      confidence: 0.6,
    };
  }
  const doubling = /^(.*?)(较(20\d\d)年)?再?翻一番$/.exec(clause);
  if (doubling) {
    const name = cleanName(doubling[1] ?? '');
    if (name.length >= 2)
      return {
        name,
        value: null,
        unit: '',
        comparator: 'ge',
        year: null,
        text: `${doubling[2] ?? ''}${clause.includes('再翻') ? '再' : ''}翻一番`,
        range: null,
        hint: 'level',
        doubling: { fromYear: doubling[3] ? Number(doubling[3]) : null },
        confidence: 0.5,
      };
  }
  return null;
}
