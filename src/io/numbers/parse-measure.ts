/**
 * 口径 as statistics tables write it → the package's measure: 当期值 (level), 1–N月累计 (ytd),
 * 同比增速 (yoy), 累计同比增速 (ytd_yoy). Full-width text and spaces are tolerated.
 */
import type { Bilingual } from '../../contracts/issue';
import { describeValue } from './describe-value';
import { halfWidth } from './half-width';

export type Measure = 'level' | 'ytd' | 'yoy' | 'ytd_yoy';

export type ParsedMeasure =
  | { kind: 'empty' }
  | { kind: 'measure'; measure: Measure }
  | { kind: 'error'; message: Bilingual };

const words: Record<Measure, readonly string[]> = {
  level: ['当期值', '当期', '本期', '本期值', '期末值', '年末值', '绝对值', '总量', '水平值', 'level'],
  ytd: ['累计值', '累计', '1-n月累计', '累计数', 'ytd'],
  yoy: ['同比增速', '同比增长', '同比', '增速', '增长率', '同比增长率', 'yoy'],
  ytd_yoy: [
    '累计同比增速',
    '累计同比',
    '累计增速',
    '累计增长',
    '累计同比增长',
    '累计同比增长率',
    'ytd_yoy',
    'ytdyoy',
  ],
};

const byWord = new Map<string, Measure>(
  (Object.keys(words) as Measure[]).flatMap((m) => words[m].map((w) => [w, m] as const)),
);

export function parseMeasure(input: unknown): ParsedMeasure {
  if (input === null || input === undefined) return { kind: 'empty' };
  const text = halfWidth(describeValue(input)).replace(/\s+/g, '').toLowerCase();
  if (text === '') return { kind: 'empty' };
  const known = byWord.get(text);
  if (known) return { kind: 'measure', measure: known };
  // 1-9月累计, 1—9月累计值, 1至9月累计增速
  const span = /^1[-–—~至]\d{1,2}月累计(值|数)?(同比)?(增速|增长|增长率)?$/.exec(text);
  if (span) return { kind: 'measure', measure: span[2] || span[3] ? 'ytd_yoy' : 'ytd' };
  return {
    kind: 'error',
    message: {
      zh: `无法识别的口径「${describeValue(input).slice(0, 30)}」;应为 当期值、1-N月累计、同比增速 或 累计同比增速`,
      en: `unrecognised measure "${describeValue(input).slice(0, 30)}"; use level, ytd, yoy or ytd_yoy (当期值, 1-N月累计, 同比增速, 累计同比增速)`,
    },
  };
}
