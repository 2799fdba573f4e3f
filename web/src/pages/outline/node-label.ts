/**
 * How the outline numbers its nodes: 第五章 / Chapter 5, 专栏1 / Column 1; sections unnumbered.
 */
import { useTranslation } from 'react-i18next';
import type { OutlineNode } from '../../api/types';
import { chineseNumeral, useLocalized } from '../../i18n/localized';

export function useNodeLabel(): (node: OutlineNode) => string {
  const { t } = useTranslation();
  const { isEn } = useLocalized();
  return (node) => {
    if (node.number === null || node.kind === 'section') return node.title;
    const n = node.kind === 'column' || isEn ? String(node.number) : chineseNumeral(node.number);
    return `${t(`outline.number.${node.kind}`, { n })} ${node.title}`;
  };
}
