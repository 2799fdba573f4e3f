/**
 * Turns zod's issues into bilingual InputIssues. zod's own messages are English-only and
 * terse; users of Lantu read Chinese first, and need the field named in both languages.
 */
import type { z } from 'zod';
import type { Bilingual, InputIssue } from './issue';

const typeNamesZh: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '缺失',
};

function describe(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      if ('input' in issue && issue.input === undefined) {
        return { zh: '缺少必填字段', en: 'required field is missing' };
      }
      return {
        zh: `类型错误,应为${typeNamesZh[expected] ?? expected}`,
        en: `wrong type, expected ${expected}`,
      };
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(' | ');
      return { zh: `取值无效,应为 ${options} 之一`, en: `invalid value, expected one of ${options}` };
    }
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? { zh: `长度不足,至少 ${issue.minimum}`, en: `too short, minimum ${issue.minimum}` }
        : { zh: `数值过小,至少 ${issue.minimum}`, en: `too small, minimum ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? { zh: `长度超限,最多 ${issue.maximum}`, en: `too long, maximum ${issue.maximum}` }
        : { zh: `数值过大,最多 ${issue.maximum}`, en: `too big, maximum ${issue.maximum}` };
    case 'invalid_format':
      return issue.message.includes(' / ')
        ? splitBilingual(issue.message)
        : { zh: `格式不对(${issue.format})`, en: `malformed (${issue.format})` };
    case 'unrecognized_keys':
      return {
        zh: `未知字段 ${issue.keys.join(', ')}`,
        en: `unknown field(s) ${issue.keys.join(', ')}`,
      };
    case 'invalid_union':
      return { zh: '取值不符合任何允许的形式', en: 'value matches none of the allowed forms' };
    default:
      return issue.message.includes(' / ')
        ? splitBilingual(issue.message)
        : { zh: `无效:${issue.message}`, en: issue.message };
  }
}

/** Our own schema messages are written "中文 / English". */
function splitBilingual(message: string): Bilingual {
  const at = message.indexOf(' / ');
  return { zh: message.slice(0, at), en: message.slice(at + 3) };
}

/**
 * @param file where the data came from
 * @param locate turns the leading path segments into an item name (e.g. `indicators[3]` → `T04`)
 *   and returns how many segments it consumed.
 */
export function zodIssuesToInputIssues(
  error: z.ZodError,
  file: string,
  locate: (path: readonly PropertyKey[]) => { item: string | null; consumed: number } = () => ({
    item: null,
    consumed: 0,
  }),
): InputIssue[] {
  return error.issues.map((issue) => {
    const { item, consumed } = locate(issue.path);
    const rest = issue.path.slice(consumed);
    return {
      file,
      item,
      field: rest.length > 0 ? formatPath(rest) : null,
      code: `schema_${issue.code}`,
      severity: 'error' as const,
      message: describe(issue),
    };
  });
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, seg) => {
    if (typeof seg === 'number') return `${out}[${seg}]`;
    return out ? `${out}.${String(seg)}` : String(seg);
  }, '');
}
