import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { svgText } from './chart-png';
import { CJK_FAMILY, cjkFontFiles } from './cjk-fonts';
import { subsetGlyphOutlines } from './font-subset';

const full = readFileSync(cjkFontFiles.regular);

function table(font: Buffer, tag: string): Buffer | undefined {
  for (let i = 0; i < font.readUInt16BE(4); i += 1) {
    const o = 12 + 16 * i;
    if (font.toString('latin1', o, o + 4) === tag) {
      return font.subarray(font.readUInt32BE(o + 8), font.readUInt32BE(o + 8) + font.readUInt32BE(o + 12));
    }
  }
  return undefined;
}

function render(fontFile: string, text: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-family="${CJK_FAMILY}" font-size="20">${text}</text></svg>`;
  return Buffer.from(
    new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: CJK_FAMILY },
    }).render().pixels,
  );
}

describe('subsetGlyphOutlines', () => {
  const text = '目标160亿元/年均%';
  const subset = subsetGlyphOutlines(full, text);

  it('keeps the glyph count and the other tables, drops the unused outlines', () => {
    expect(subset.length).toBeLessThan(full.length / 10);
    expect(table(subset, 'maxp')?.readUInt16BE(4)).toBe(table(full, 'maxp')?.readUInt16BE(4));
    expect(table(subset, 'cmap')?.equals(table(full, 'cmap') ?? Buffer.alloc(0))).toBe(true);
    expect(table(subset, 'head')?.readInt16BE(50)).toBe(1);
  });

  it('draws the kept characters exactly as the full font does, and nothing for the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-subset-'));
    const file = join(dir, 'subset.ttf');
    writeFileSync(file, subset);
    expect(render(file, text).equals(render(cjkFontFiles.regular, text))).toBe(true);
    const blank = render(file, '规划');
    expect(blank.every((b, i) => i % 4 === 3 || b === 0)).toBe(true);
    expect(render(cjkFontFiles.regular, '规划').some((b) => b !== 0)).toBe(true);
  });
});

describe('svgText', () => {
  it('collects the text of an SVG with character references decoded', () => {
    expect(
      svgText(
        '<svg><text x="1">目标 &lt;5&amp;6&gt;</text><path d="M0 0"/><text>&#x4E07;&#20803;</text></svg>',
      ),
    ).toBe('目标 <5&6>万元');
  });
});
