/**
 * One theme: government blue, system CJK fonts (no web-font download), contrast above WCAG AA.
 */
import type { ThemeConfig } from 'antd';

export const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    colorLink: '#1d4ed8',
    borderRadius: 6,
    fontFamily,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  },
  components: {
    Layout: { headerBg: '#0b2a6b', headerPadding: '0 16px' },
  },
};
