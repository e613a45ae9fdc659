import { Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { depth2QueryOptions, depth3QueryOptions } from '../api/location-queries';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import { toRegion, type Region } from '../model/regions';
import type { RegionListProps } from './depth1-list';
import { RegionRow } from './region-row';

/** Search results beyond this are not rendered: the user narrows the keyword instead. */
export const MAX_SHOWN_RESULTS = 100;
export const SEARCH_DEBOUNCE_MS = 300;

/** Both searches are declared (hooks run unconditionally); only the one for `depth` is enabled. */
function useRegionSearch(depth: 2 | 3, adAccountId: number, keyword: string): UseQueryResult<Region[]> {
  const depth2 = useQuery({
    ...depth2QueryOptions(adAccountId, keyword),
    enabled: depth === 2 && keyword !== '',
    select: (rows) => rows.map((row) => toRegion(2, row)),
  });
  const depth3 = useQuery({
    ...depth3QueryOptions(adAccountId, keyword),
    enabled: depth === 3 && keyword !== '',
    select: (rows) => rows.map((row) => toRegion(3, row)),
  });
  return depth === 2 ? depth2 : depth3;
}

/** 시/군/구 (depth 2) or 동/읍/면 (depth 3), searched by keyword: only results are rendered. */
export function RegionSearch({ depth, adAccountId, ...rest }: RegionListProps & { depth: 2 | 3 }) {
  const t = useTargetingT();
  const [keyword, setKeyword] = useState('');
  const [debounced] = useDebouncedValue(keyword.trim(), SEARCH_DEBOUNCE_MS);
  const query = useRegionSearch(depth, adAccountId, debounced);
  return (
    <Stack gap="xs">
      <TextInput
        label={t(`locations.search.depth${depth}`)}
        description={t('locations.searchHint')}
        value={keyword}
        onChange={(e) => setKeyword(e.currentTarget.value)}
        type="search"
      />
      {debounced !== '' && (
        <LookupState query={query} loadingLabel={t('locations.searching')} emptyText={t('locations.noResults', { keyword: debounced })}>
          {(rows) => (
            <>
              <Text size="sm" role="status">
                {rows.length > MAX_SHOWN_RESULTS
                  ? t('locations.tooManyResults', { shown: MAX_SHOWN_RESULTS, n: rows.length })
                  : t('locations.resultCount', { n: rows.length })}
              </Text>
              <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t(`locations.tabs.depth${depth}`)}>
                {rows.slice(0, MAX_SHOWN_RESULTS).map((option) => (
                  <RegionRow key={option.value} option={option} {...rest} />
                ))}
              </Stack>
            </>
          )}
        </LookupState>
      )}
    </Stack>
  );
}
