import { en } from './en';
import { type MessageKey, zhCN } from './zh-CN';

export type Lang = 'zh' | 'en';

const catalogues: Record<Lang, Record<MessageKey, string>> = { zh: zhCN, en };

/** Looks a key up in the language's catalogue and fills its {{placeholders}}. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}
