import { Badge, Box, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { CategoryNode, CategoryType } from '../../../api/contracts/lookups';
import { categoriesQueryOptions } from '../api/audience-queries';
import type { TargetingPartProps } from '../editor-context';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import { coveringCategory, filterTree, indexTree, toggleCategory } from '../model/category-tree';

const FIELD = { INTEREST: 'ufoInterests', BUSINESS_TYPE: 'ufoBusinessTypes' } as const;

/** Interests or industries as nested checkboxes, with a name filter. */
export function CategorySection({
  value,
  onChange,
  adAccountId,
  disabled,
  type,
}: TargetingPartProps & { disabled: boolean; type: CategoryType }) {
  const t = useTargetingT();
  const query = useQuery(categoriesQueryOptions(adAccountId, type));
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const field = FIELD[type];
  const selected = (value[field] ?? []).map(String);
  const setSelected = (ids: string[]) => onChange({ ...value, [field]: ids });

  return (
    <LookupState
      query={query}
      loadingLabel={t('categories.loading')}
      emptyText={t('categories.empty')}
      isEmpty={(tree) => tree.data.length === 0}
    >
      {(tree) => (
        <Stack gap="xs">
          <TextInput
            label={t(`categories.search.${type}`)}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            disabled={disabled}
          />
          <CategoryTreeView
            nodes={filterTree(tree.data, debounced)}
            all={tree.data}
            selected={selected}
            disabled={disabled}
            onToggle={(id, on) => setSelected(toggleCategory(selected, id, on))}
          />
        </Stack>
      )}
    </LookupState>
  );
}

interface TreeProps {
  nodes: readonly CategoryNode[];
  all: readonly CategoryNode[];
  selected: readonly string[];
  disabled: boolean;
  onToggle: (id: string, on: boolean) => void;
}

function CategoryTreeView({ nodes, all, selected, disabled, onToggle }: TreeProps) {
  const t = useTargetingT();
  const index = useMemo(() => indexTree(all), [all]);
  if (nodes.length === 0) return <Box c="dimmed" fz="sm">{t('categories.noMatch')}</Box>;

  const render = (list: readonly CategoryNode[], level: number) => (
    <Box component="ul" role="group" style={{ listStyle: 'none', margin: 0, paddingLeft: level === 0 ? 0 : 24 }}>
      {list.map((node) => {
        const checked = selected.includes(node.id);
        const cover = coveringCategory(selected, node.id);
        const coverName = cover ? (index.get(cover)?.name ?? cover) : undefined;
        return (
          <li key={node.id}>
            <Group gap="xs" py={2} wrap="nowrap">
              <Checkbox
                label={node.name}
                checked={checked || cover !== undefined}
                // A deprecated category can still be unchecked, never newly chosen.
                disabled={disabled || cover !== undefined || (node.deprecated === true && !checked)}
                description={coverName ? t('categories.coveredBy', { name: coverName }) : undefined}
                onChange={(e) => onToggle(node.id, e.currentTarget.checked)}
              />
              {node.deprecated && (
                <Badge size="sm" color="orange.9" variant="outline">
                  {t('common.deprecated')}
                </Badge>
              )}
            </Group>
            {node.children && node.children.length > 0 && render(node.children, level + 1)}
          </li>
        );
      })}
    </Box>
  );
  return render(nodes, 0);
}
