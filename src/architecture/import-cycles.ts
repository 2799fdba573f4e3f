/**
 * Cycles in the import graph, between files and between folders (docs/architecture.md). Strongly
 * connected components by Tarjan's algorithm; each cycle is reported with the edges that close it, so
 * a failure names the imports to cut.
 */
import type { ImportEdge } from './import-graph';

/** Components of more than one node, each sorted, in a stable order. */
export function cyclesOf(adjacency: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of adjacency.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...adjacency.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The adjacency of the graph whose nodes are `nodeOf(file)`, leaving out edges inside one node. */
export function adjacencyOf(
  edges: readonly ImportEdge[],
  nodeOf: (file: string) => string,
): Map<string, Set<string>> {
  const adjacency = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (edge.target === null) continue;
    const from = nodeOf(edge.from);
    const to = nodeOf(edge.target);
    if (from === to) continue;
    const targets = adjacency.get(from) ?? new Set<string>();
    targets.add(to);
    adjacency.set(from, targets);
  }
  return adjacency;
}

/** One line per cycle: its members, then every import between two of them (file:line → target). */
export function describeCycles(
  cycles: readonly string[][],
  edges: readonly ImportEdge[],
  nodeOf: (file: string) => string,
): string[] {
  return cycles.map((members) => {
    const inside = edges.filter(
      (e) =>
        e.target !== null &&
        nodeOf(e.from) !== nodeOf(e.target) &&
        members.includes(nodeOf(e.from)) &&
        members.includes(nodeOf(e.target)),
    );
    const lines = inside.map((e) => `    ${e.from}:${e.line} → ${e.target}`);
    return [`cycle ${members.join(' ↔ ')}`, ...lines].join('\n');
  });
}
