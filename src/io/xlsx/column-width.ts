/**
 * Column widths that fit the content, in Excel's units (about one Latin character). Chinese and other
 * wide characters take two, as they do on screen; long text is capped and wraps instead.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** The widest line among the texts, plus padding, between `min` and `max`. */
export function fitWidth(texts: Iterable<string>, min = 6, max = 60): number {
  let widest = 0;
  for (const text of texts) {
    for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  }
  return Math.min(max, Math.max(min, widest + 2));
}
