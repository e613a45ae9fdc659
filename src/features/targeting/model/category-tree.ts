import type { CategoryNode } from '../../../api/contracts/lookups';

/**
 * Category ids nest by prefix: 3, 5 or 7 characters, the parent's id plus 2 per level
 * (related-endpoints.md). So a chosen category covers every id that starts with it.
 */
export function coveringCategory(selected: readonly string[], id: string): string | undefined {
  return selected.find((s) => s !== id && id.startsWith(s));
}

/** Choosing a parent replaces its chosen descendants: the parent already includes them. */
export function toggleCategory(selected: readonly string[], id: string, on: boolean): string[] {
  if (!on) return selected.filter((s) => s !== id);
  if (selected.includes(id)) return [...selected];
  return [...selected.filter((s) => !s.startsWith(id)), id];
}

/**
 * The nodes whose name contains `query`, with their ancestors (for context); a match
 * keeps its whole subtree. A blank query keeps everything.
 */
export function filterTree(nodes: readonly CategoryNode[], query: string): CategoryNode[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...nodes];
  const out: CategoryNode[] = [];
  for (const node of nodes) {
    if (node.name.toLowerCase().includes(q)) {
      out.push(node);
      continue;
    }
    const children = filterTree(node.children ?? [], q);
    if (children.length > 0) out.push({ ...node, children });
  }
  return out;
}

/** id → node, for showing names of chosen ids (the wire holds ids only). */
export function indexTree(nodes: readonly CategoryNode[], into = new Map<string, CategoryNode>()): Map<string, CategoryNode> {
  for (const node of nodes) {
    into.set(node.id, node);
    indexTree(node.children ?? [], into);
  }
  return into;
}

/** "가전/전자 › 컴퓨터/IT › 노트북": the node's name with its ancestors', from the index. */
export function categoryPath(index: ReadonlyMap<string, CategoryNode>, id: string): string | undefined {
  if (!index.has(id)) return undefined;
  const names: string[] = [];
  for (let end = 3; end <= id.length; end += 2) {
    const node = index.get(id.slice(0, end));
    if (node) names.push(node.name);
  }
  return names.join(' › ');
}
