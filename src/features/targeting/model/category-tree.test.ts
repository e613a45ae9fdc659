import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '../../../api/contracts/lookups';
import { categoryPath, coveringCategory, filterTree, indexTree, toggleCategory } from './category-tree';

const laptop: CategoryNode = { id: 'I020601', name: '노트북' };
const computers: CategoryNode = { id: 'I0206', name: '컴퓨터/IT', children: [laptop, { id: 'I020602', name: 'PC 주변기기' }] };
const tree: CategoryNode[] = [
  { id: 'I02', name: '가전/전자', children: [computers, { id: 'I0201', name: '생활가전' }] },
  { id: 'I03', name: '금융', children: [{ id: 'I0301', name: '주식/투자' }] },
];

describe('category tree', () => {
  it('a chosen parent covers its descendants, and replaces those chosen', () => {
    expect(coveringCategory(['I02'], 'I020601')).toBe('I02');
    expect(coveringCategory(['I02'], 'I02')).toBeUndefined();
    expect(coveringCategory(['I0301'], 'I020601')).toBeUndefined();
    expect(toggleCategory(['I020601', 'I03'], 'I02', true)).toEqual(['I03', 'I02']);
    expect(toggleCategory(['I02'], 'I02', false)).toEqual([]);
  });

  it('filters by name, keeping ancestors for context and the whole subtree of a match', () => {
    expect(filterTree(tree, '노트북')).toEqual([{ ...tree[0], children: [{ ...computers, children: [laptop] }] }]);
    expect(filterTree(tree, '금융')).toEqual([tree[1]]);
    expect(filterTree(tree, '  ')).toEqual(tree);
    expect(filterTree(tree, '없음')).toEqual([]);
  });

  it('names a chosen id with its path', () => {
    const index = indexTree(tree);
    expect(categoryPath(index, 'I020601')).toBe('가전/전자 › 컴퓨터/IT › 노트북');
    expect(categoryPath(index, 'I99')).toBeUndefined();
  });
});
