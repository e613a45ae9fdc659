import { Badge, Checkbox, Group } from '@mantine/core';
import type { TFunction } from 'i18next';
import { blockReason, type PickRefusal, type Region } from '../model/regions';
import { useTargetingT } from '../i18n';

export interface RegionRowProps {
  option: Region;
  picked: readonly Region[];
  campaignType: string;
  onToggle: (region: Region, on: boolean) => void;
}

/** Why a region cannot be picked, in words (refusals from model/regions.ts). */
export function refusalText(t: TFunction, refusal: PickRefusal): string {
  switch (refusal.reason) {
    case 'overseas':
      return t('locations.overseasBizboard');
    case 'covered':
      return t('locations.coveredBy', { name: refusal.by.description });
    case 'limit':
      return t('locations.limit', { max: refusal.max });
  }
}

/** One region offered by the depth-1 list or a search, as a checkbox. */
export function RegionRow({ option, picked, campaignType, onToggle }: RegionRowProps) {
  const t = useTargetingT();
  const checked = picked.some((p) => p.value === option.value);
  const blocked = checked ? null : blockReason(picked, option, campaignType);
  return (
    <Group gap="xs" wrap="nowrap" component="li">
      <Checkbox
        label={option.description}
        checked={checked}
        disabled={blocked !== null}
        description={blocked ? refusalText(t, blocked) : undefined}
        onChange={(e) => onToggle(option, e.currentTarget.checked)}
      />
      {option.deprecated && (
        <Badge size="sm" color="gray.8" variant="outline">
          {t('common.deprecated')}
        </Badge>
      )}
    </Group>
  );
}
