/**
 * Text and SVG made safe for a standalone HTML page: escaped text with line breaks, and chart SVGs
 * whose ids cannot collide and which carry no CSS of their own, so the page needs nothing but its
 * one <style> element (a strict Content-Security-Policy can then forbid inline styles and scripts).
 */

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped text with `\n` as <br>. */
export function textHtml(s: string): string {
  return escapeHtml(s).replace(/\n/g, '<br>');
}

/**
 * A chart SVG inside the page: `style` attributes become presentation attributes (so a strict CSP
 * needs no 'unsafe-inline' for styles) and the fixed size gives way to the column's width. Ids are
 * already the chart's own (indicator-chart.ts).
 */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/ style="([^"]*)"/g, (_whole, css: string) => presentationAttributes(css))
    .replace(/^<svg ([^>]*?)width="[^"]*" height="[^"]*" ?/, '<svg $1')
    .replace(/^<svg /, '<svg role="img" ');
}

function presentationAttributes(css: string): string {
  return css
    .split(';')
    .map((decl) => decl.split(':'))
    .filter((kv): kv is [string, string] => kv.length >= 2 && kv[0] !== undefined && kv[0].trim() !== '')
    .map(([name, ...rest]) => ` ${name.trim()}="${escapeHtml(rest.join(':').trim())}"`)
    .join('');
}
