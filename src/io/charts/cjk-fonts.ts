/**
 * The CJK font every generated chart and PDF uses: Noto Sans SC (SIL Open Font License) from the
 * @expo-google-fonts/noto-sans-sc package, as TrueType files. Shipping the font with the app means a
 * report reads the same on every machine, with no tofu boxes where a system lacks Chinese fonts.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Family name inside the TTF files, as SVG `font-family` must name it. */
export const CJK_FAMILY = 'Noto Sans SC';

/** CSS font stack for SVG and HTML: the bundled font first, then what systems with CJK fonts have. */
export const CJK_FONT_STACK =
  "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

export const cjkFontFiles = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;
