import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineSvg, textHtml } from './html-text';

describe('html text', () => {
  it('escapes markup and keeps line breaks', () => {
    expect(escapeHtml(`R&D <b>"x"</b> 'y'`)).toBe('R&amp;D &lt;b&gt;&quot;x&quot;&lt;/b&gt; &#39;y&#39;');
    expect(textHtml('106.52\n2023年')).toBe('106.52<br>2023年');
  });

  it('moves a chart’s CSS into attributes and lets it take the column’s width', () => {
    const svg =
      '<svg width="215" height="150" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 215 150"><text style="font-size:8px;font-family:\'Noto Sans SC\', sans-serif;">目标</text></svg>';
    const out = inlineSvg(svg);
    expect(out).toContain('font-size="8px" font-family="&#39;Noto Sans SC&#39;, sans-serif"');
    expect(out).not.toMatch(/style/);
    expect(out.startsWith('<svg role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 215 150">')).toBe(
      true,
    );
  });
});
