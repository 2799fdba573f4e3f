/**
 * Chart SVGs as PNG for Word, which does not show SVG everywhere (WPS, older Word). Rendered by
 * resvg with the bundled Noto Sans SC only — no system fonts — so an image is the same on every
 * machine and Chinese labels never turn into boxes. The font is first cut down to the characters
 * the charts use (font-subset.ts explains why), written to a temporary file for resvg, and removed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { CJK_FAMILY, cjkFontFiles } from './cjk-fonts';
import { subsetGlyphOutlines } from './font-subset';

/** Pixels per SVG unit (one point): 3 gives 216 dpi, sharp in print at a modest file size. */
export const PNG_SCALE = 3;
/** Concurrent renders: the machines we run on have two cores. */
const CONCURRENCY = 2;
/** Always kept, so axis numbers render whatever the charts' own text is. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

export interface SvgImage {
  id: string;
  svg: string;
  /** Width in SVG units; the PNG is this times the scale in pixels. */
  width: number;
}

export async function renderPngs(
  images: readonly SvgImage[],
  scale = PNG_SCALE,
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (images.length === 0) return out;
  const dir = mkdtempSync(join(tmpdir(), 'lantu-chart-font-'));
  try {
    const fontFile = join(dir, 'chart-font.ttf');
    const chars = new Set([...ASCII, ...images.flatMap((i) => [...svgText(i.svg)])]);
    writeFileSync(fontFile, subsetGlyphOutlines(readFileSync(cjkFontFiles.regular), chars));
    let next = 0;
    const worker = async () => {
      while (next < images.length) {
        const image = images[next];
        next += 1;
        if (image === undefined) continue;
        const rendered = await renderAsync(image.svg, options(image.width * scale, fontFile));
        out.set(image.id, rendered.asPng());
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, images.length) }, worker));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function options(widthPx: number, fontFile: string): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: Math.round(widthPx) },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [fontFile],
      defaultFontFamily: CJK_FAMILY,
      sansSerifFamily: CJK_FAMILY,
    },
  };
}

/** The characters inside <text> elements, with XML character references decoded. */
export function svgText(svg: string): string {
  const texts = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1] ?? '');
  return texts
    .join('')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
