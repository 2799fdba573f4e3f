/**
 * The one string schema: what each kind refuses, what it normalises, and that no contract or route
 * builds a string without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeText, forbiddenCharacter, freeText, nameText, secretText } from './text';

const refused = [
  ['NUL', 'a\u0000b', 'U+0000'],
  ['a lone high surrogate', 'a\uD83Db', 'U+D83D'],
  ['a lone low surrogate', 'a\uDE00b', 'U+DE00'],
  ['a right-to-left override', 'a\u202Eb', 'U+202E'],
  ['a left-to-right embedding', 'a\u202Ab', 'U+202A'],
  ['a first-strong isolate', 'a\u2068b', 'U+2068'],
  ['a pop-directional isolate', 'a\u2069b', 'U+2069'],
  ['an escape character', 'a\u001Bb', 'U+001B'],
  ['a C1 control', 'a\u0085b', 'U+0085'],
] as const;

describe('text at the boundary', () => {
  it.each(refused)('refuses %s in free text, names and codes', (_what, value, codePoint) => {
    for (const schema of [freeText(), nameText(), codeText()]) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain(codePoint);
      // Position 2: the character after "a", counted as a person counts.
      expect(result.error?.issues[0]?.message).toContain('character 2');
    }
  });

  it.each([
    ['a zero-width space', '\u200B'],
    ['a zero-width non-joiner', '\u200C'],
    ['a zero-width joiner', '\u200D'],
    ['a byte order mark', '\uFEFF'],
    ['a line feed', '\n'],
    ['a tab', '\t'],
  ])('refuses %s in names and codes but keeps it in free text', (_what, ch) => {
    expect(nameText().safeParse(`甲${ch}乙`).success).toBe(false);
    expect(codeText().safeParse(`a${ch}b`).success).toBe(false);
    expect(freeText().parse(`甲${ch}乙`)).toBe(`甲${ch}乙`);
  });

  it('counts the position in characters, so an emoji before the NUL counts once', () => {
    expect(forbiddenCharacter('😀\u0000', 'text')?.position).toBe(2);
  });

  it('accepts emoji (a surrogate pair) and the family emoji joined by U+200D in free text', () => {
    expect(freeText().parse('👨\u200D👩\u200D👧 好')).toBe('👨\u200D👩\u200D👧 好');
  });

  it('normalises to NFC everywhere but passwords', () => {
    // e + U+0301 COMBINING ACUTE ACCENT composes to U+00E9 (Unicode NFC).
    expect(nameText().parse('Cafe\u0301')).toBe('Caf\u00E9');
    expect(freeText().parse('Cafe\u0301')).toBe('Caf\u00E9');
    expect(secretText().parse('Cafe\u0301')).toBe('Cafe\u0301');
    expect(secretText().safeParse('pass\u0000word').success).toBe(false);
    expect(secretText().parse('pass\u202Eword')).toBe('pass\u202Eword');
  });

  it('is the only way a contract or a route builds a string', () => {
    const root = join(import.meta.dirname, '..');
    const files = [
      ...readdirSync(join(root, 'contracts')).map((f) => join(root, 'contracts', f)),
      ...readdirSync(join(root, 'server', 'routes')).map((f) => join(root, 'server', 'routes', f)),
      join(root, 'server', 'http', 'route.ts'),
    ].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('text.ts'));
    expect(files.length).toBeGreaterThan(10);
    const bare = files.filter((f) =>
      /z\s*\.\s*(string|coerce\s*\.\s*string)\s*\(/.test(readFileSync(f, 'utf8')),
    );
    expect(bare).toEqual([]);
  });
});
