import { ActionIcon, Badge, Box, Checkbox, Group } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { CategoryNode } from '../../../api/contracts/lookups';
import { useTargetingT } from '../i18n';
import { coveringCategory, indexTree } from '../model/category-tree';

export interface CategoryTreeViewProps {
  nodes: readonly CategoryNode[];
  all: readonly CategoryNode[];
  selected: readonly string[];
  disabled: boolean;
  /** While searching, every branch with a match is open. */
  searching: boolean;
  onToggle: (id: string, on: boolean) => void;
}

/**
 * Nested checkboxes. Branches start closed (a tree has hundreds of nodes), except those
 * holding a chosen category; a chosen parent covers its children, shown checked and disabled.
 */
export function CategoryTreeView({ nodes, all, selected, disabled, searching, onToggle }: CategoryTreeViewProps) {
  const t = useTargetingT();
  const index = useMemo(() => indexTree(all), [all]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  if (nodes.length === 0) {
    return (
      <Box c="dimmed" fz="sm">
        {t('categories.noMatch')}
      </Box>
    );
  }
  const isOpen = (id: string) => searching || open.has(id) || selected.some((s) => s !== id && s.startsWith(id));
  const flip = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const render = (list: readonly CategoryNode[], level: number) => (
    <Box component="ul" style={{ listStyle: 'none', margin: 0, paddingLeft: level === 0 ? 0 : 28 }}>
      {list.map((node) => {
        const checked = selected.includes(node.id);
        const cover = coveringCategory(selected, node.id);
        const coverName = cover ? (index.get(cover)?.name ?? cover) : undefined;
        const hasChildren = (node.children?.length ?? 0) > 0;
        const expanded = hasChildren && isOpen(node.id);
        return (
          <li key={node.id}>
            <Group gap="xs" py={2} wrap="nowrap">
              {hasChildren ? (
                <ActionIcon
                  variant="subtle"
                  color="gray.8"
                  size="sm"
                  aria-expanded={expanded}
                  aria-label={t('categories.expand', { name: node.name })}
                  onClick={() => flip(node.id)}
                  disabled={searching}
                >
                  <span aria-hidden>{expanded ? '▾' : '▸'}</span>
                </ActionIcon>
              ) : (
                <Box w={22} />
              )}
              <Checkbox
                label={node.name}
                checked={checked || cover !== undefined}
                // A deprecated category can still be unchecked, never newly chosen.
                disabled={disabled || cover !== undefined || (node.deprecated === true && !checked)}
                description={coverName ? t('categories.coveredBy', { name: coverName }) : undefined}
                onChange={(e) => onToggle(node.id, e.currentTarget.checked)}
              />
              {node.deprecated && (
                <Badge size="sm" color="gray.8" variant="outline">
                  {t('common.deprecated')}
                </Badge>
              )}
            </Group>
            {expanded && render(node.children ?? [], level + 1)}
          </li>
        );
      })}
    </Box>
  );
  return render(nodes, 0);
}
