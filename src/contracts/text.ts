/**
 * One string schema for all text that crosses the boundary: API bodies, queries and path parameters,
 * plan packages, import rows. Every contract builds its strings from these four, never from a bare
 * `z.string()` (a test walks src/contracts and the route files for one).
 *
 * What is refused, and why (docs/reliability.md, "text at the boundary"):
 * - everywhere: NUL and the other control characters (PostgreSQL text cannot hold NUL; the others
 *   have no meaning in a plan), lone surrogates (not Unicode: no database or UTF-8 file can store
 *   them faithfully), and the bidirectional overrides and isolates U+202A–U+202E, U+2066–U+2069, which
 *   make text read in a different order from what it is ("Trojan Source");
 * - in codes and names besides: line breaks and tabs, and the zero-width characters U+200B–U+200D and
 *   U+FEFF, so that two names that look the same are the same. Free text keeps them: a zero-width
 *   joiner is part of some emoji, and text pasted from documents brings the others along harmlessly.
 * Every accepted string except a password is normalised to NFC, so one word typed two ways (a
 * precomposed letter, or a letter and a combining mark) is stored and compared once. Passwords are
 * checked but never changed: a stored hash must keep matching what its owner types.
 */
import { z } from 'zod';

type Kind = 'code' | 'name' | 'text' | 'secret';

interface Forbidden {
  pattern: RegExp;
  zh: string;
  en: string;
}

const loneSurrogate = {
  pattern: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  zh: '不成对的代理字符(不是有效的 Unicode)',
  en: 'a lone surrogate (not valid Unicode)',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const nul = { pattern: /\u0000/, zh: '空字符 NUL', en: 'a NUL character' };
const bidi = {
  pattern: /[\u202A-\u202E\u2066-\u2069]/,
  zh: '双向文字控制符(会让文字显示顺序与实际不同)',
  en: 'a bidirectional control character (it makes text display in another order)',
};
// Tab, line feed and carriage return are allowed in free text only.
const textControl = {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  pattern: /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/,
  zh: '控制字符',
  en: 'a control character',
};
const nameControl = {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  pattern: /[\u0001-\u001F\u007F-\u009F]/,
  zh: '控制字符(含换行、制表符)',
  en: 'a control character (line breaks and tabs included)',
};
const zeroWidth = {
  pattern: /[\u200B-\u200D\uFEFF]/,
  zh: '零宽字符',
  en: 'a zero-width character',
};

const rules: Record<Kind, readonly Forbidden[]> = {
  secret: [nul, loneSurrogate],
  text: [nul, loneSurrogate, textControl, bidi],
  name: [nul, loneSurrogate, nameControl, bidi, zeroWidth],
  code: [nul, loneSurrogate, nameControl, bidi, zeroWidth],
};

/** The first forbidden character of `value` for `kind`, with its position (1-based) and code point. */
export function forbiddenCharacter(
  value: string,
  kind: Kind,
): { position: number; codePoint: string; zh: string; en: string } | null {
  for (const rule of rules[kind]) {
    const match = rule.pattern.exec(value);
    if (match) {
      const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      // Count code points, not UTF-16 units, so the position is the one a person counts.
      const position = [...value.slice(0, match.index)].length + 1;
      return { position, codePoint: `U+${code}`, zh: rule.zh, en: rule.en };
    }
  }
  return null;
}

function guarded(kind: Kind) {
  const schema = z.string().superRefine((value, ctx) => {
    const found = forbiddenCharacter(value, kind);
    if (found) {
      ctx.addIssue({
        code: 'custom',
        message: `第 ${found.position} 个字符是${found.zh}(${found.codePoint}),不允许 / character ${found.position} is ${found.en} (${found.codePoint}), not allowed`,
      });
    }
  });
  return kind === 'secret' ? schema : schema.normalize('NFC');
}

/** Identifiers: plan, unit, item and user codes, also in paths; never empty. Callers add `.max()` and
 * often `.regex()`; the other three leave `.min(1)` to the caller too. */
export const codeText = () => guarded('code').min(1);
/** One-line names and labels: unit, round, project and display names, sources, units of measure. */
export const nameText = () => guarded('name');
/** Free text with line breaks: narratives, reasons, comments, notes. */
export const freeText = () => guarded('text');
/** Passwords: refused for NUL and lone surrogates, otherwise taken exactly as typed. */
export const secretText = () => guarded('secret');

/** The code of a plan, unit, indicator, task or project: what a file name or URL segment can hold. */
export const codeSchema = codeText()
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    '只能包含字母、数字、点、下划线和连字符 / letters, digits, . _ - only',
  );

/** A downloaded file's bytes as OpenAPI describes a binary body; never parsed as text. */
export const binaryBody = () => z.string().meta({ format: 'binary' });
