/**
 * The outline tree (篇 / 章 / 节 / 专栏) in reading order; arrow keys move, Enter selects.
 */
import { Tree, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutlineNode } from '../../api/types';
import { useNodeLabel } from './node-label';

function build(
  nodes: OutlineNode[],
  parent: string | null,
  label: (n: OutlineNode) => string,
): TreeDataNode[] {
  return nodes
    .filter((n) => n.parent === parent)
    .map((n) => {
      const children = build(nodes, n.id, label);
      return {
        key: n.id,
        title: label(n),
        className: `outline-${n.kind}`,
        ...(children.length > 0 ? { children } : { isLeaf: true }),
      };
    });
}

export function OutlineTree({
  nodes,
  selected,
  onSelect,
}: {
  nodes: OutlineNode[];
  selected: string | null;
  onSelect(id: string | null): void;
}) {
  const { t } = useTranslation();
  const label = useNodeLabel();
  return (
    <Tree
      aria-label={t('outline.tree')}
      className="outline-tree"
      blockNode
      defaultExpandAll
      treeData={build(nodes, null, label)}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => onSelect(keys[0] === undefined ? null : String(keys[0]))}
    />
  );
}
