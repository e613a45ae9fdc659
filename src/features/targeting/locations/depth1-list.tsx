import { SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { depth1QueryOptions } from '../api/location-queries';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import type { Region } from '../model/regions';
import { RegionRow } from './region-row';

export interface RegionListProps {
  adAccountId: number;
  picked: readonly Region[];
  campaignType: string;
  onToggle: (region: Region, on: boolean) => void;
}

/** 시/도: a short list (19 rows), shown whole. Overseas (Z) is disabled for Bizboard with the reason. */
export function Depth1List({ adAccountId, picked, campaignType, onToggle }: RegionListProps) {
  const t = useTargetingT();
  const query = useQuery(depth1QueryOptions(adAccountId));
  return (
    <LookupState query={query} loadingLabel={t('locations.loadingDepth1')} emptyText={t('locations.emptyDepth1')}>
      {(rows) => (
        <SimpleGrid
          component="ul"
          cols={{ base: 1, sm: 2, md: 3 }}
          spacing="xs"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={t('locations.tabs.depth1')}
        >
          {rows.map((row) => (
            <RegionRow
              key={row.value}
              option={{ depth: 1, value: row.value, description: row.description, depth1Name: row.depth1Name ?? row.description }}
              picked={picked}
              campaignType={campaignType}
              onToggle={onToggle}
            />
          ))}
        </SimpleGrid>
      )}
    </LookupState>
  );
}
