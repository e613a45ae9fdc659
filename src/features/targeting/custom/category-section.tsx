import { Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CategoryType } from '../../../api/contracts/lookups';
import { categoriesQueryOptions } from '../api/audience-queries';
import type { TargetingPartProps } from '../editor-context';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import { filterTree, toggleCategory } from '../model/category-tree';
import { CategoryTreeView } from './category-tree-view';

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
            searching={debounced.trim() !== ''}
            onToggle={(id, on) => setSelected(toggleCategory(selected, id, on))}
          />
        </Stack>
      )}
    </LookupState>
  );
}
