import type { TFunction } from 'i18next';
import type { TargetingRequest } from '../../../api/contracts/targeting';
import type { CategoryNode } from '../../../api/contracts/lookups';
import { categoryPath } from './category-tree';
import { regionsOf } from './regions';
import { usesAudience } from './targeting-value';

export interface SummaryItem {
  text: string;
  inclusion?: 'INCLUDE' | 'EXCLUDE';
  deprecated?: boolean;
}

export interface SummaryLine {
  key: string;
  label: string;
  items: SummaryItem[];
}

/** Names for the ids the wire holds; every map is optional (ids are shown without them). */
export interface TargetingNames {
  categories?: ReadonlyMap<string, CategoryNode>;
  customerFiles?: ReadonlyMap<number, string>;
  trackers?: ReadonlyMap<string, string>;
  cohorts?: ReadonlyMap<string, string>;
  channels?: ReadonlyMap<string, string>;
  audiences?: ReadonlyMap<number, string>;
}

/** Read-side extras of an ad group's targeting (the response names deprecated categories). */
interface ReadExtras {
  ufoDeprecatedInterests?: readonly string[] | null;
  ufoDeprecatedBusinessTypes?: readonly string[] | null;
}

const inclusion = (v: string | null | undefined): 'INCLUDE' | 'EXCLUDE' => (v === 'EXCLUDE' ? 'EXCLUDE' : 'INCLUDE');

/**
 * Everything chosen, as labelled lines, for review steps and the detail page. `t` must
 * be bound to the `targeting` namespace (useTargetingT(), or i18next.getFixedT(lng, 'targeting')).
 */
export function describeTargeting(value: TargetingRequest, t: TFunction, names: TargetingNames = {}): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const line = (key: string, items: SummaryItem[]) => {
    if (items.length > 0) lines.push({ key, label: t(`summary.${key}`), items });
  };

  if (usesAudience(value)) {
    const id = typeof value.id === 'number' ? value.id : Number(value.id);
    const name = names.audiences?.get(id) ?? (value.id === null || value.id === undefined ? t('summary.noAudience') : `#${value.id}`);
    line('audience', [{ text: name }]);
    return lines;
  }

  const all = (text: string) => [{ text }];
  line('ages', value.ageType === 'NOT_ALL' ? (value.ages ?? []).map((a) => ({ text: t(`ages.range.${a}`) })) : all(t('ages.all')));
  line(
    'genders',
    value.genderType === 'NOT_ALL' ? (value.genders ?? []).map((g) => ({ text: t(`genders.${g}`) })) : all(t('genders.all')),
  );
  line(
    'locations',
    value.locationType === 'AREA'
      ? regionsOf(value).map((r) => ({ text: r.description, ...(r.deprecated ? { deprecated: true } : {}) }))
      : all(t('locations.all')),
  );

  const extras = value as TargetingRequest & ReadExtras;
  const category = (ids: readonly string[] | null | undefined, deprecated: readonly string[] | null | undefined) =>
    (ids ?? []).map(String).map((id) => {
      const dep = (deprecated ?? []).includes(id) || names.categories?.get(id)?.deprecated === true;
      return { text: (names.categories && categoryPath(names.categories, id)) ?? id, ...(dep ? { deprecated: true } : {}) };
    });
  line('interests', category(value.ufoInterests, extras.ufoDeprecatedInterests));
  line('businessTypes', category(value.ufoBusinessTypes, extras.ufoDeprecatedBusinessTypes));

  line(
    'customerFiles',
    (value.customerFileTargetings ?? []).map((c) => ({
      text: names.customerFiles?.get(c.customerFileId) ?? `#${c.customerFileId}`,
      inclusion: inclusion(c.inclusionType),
    })),
  );
  line(
    'trackers',
    (value.trackerTargetings ?? []).map((c) => ({
      text: t('trackers.item', {
        name: names.trackers?.get(c.trackId) ?? c.trackId,
        event: c.eventCode === '*' ? t('trackers.allEvents') : (c.trackRuleName ?? c.eventCode),
        term: c.term,
      }),
      inclusion: inclusion(c.inclusionType),
    })),
  );
  line(
    'cohorts',
    (value.cohortTargetings ?? []).map((c) => ({
      text: names.cohorts?.get(String(c.cohortId)) ?? `#${c.cohortId}`,
      inclusion: inclusion(c.inclusionType),
    })),
  );
  const channel = (list: ReadonlyArray<{ profileId: string | number; inclusionType?: string | null }> | null | undefined) =>
    (list ?? []).map((c) => ({
      text: names.channels?.get(String(c.profileId)) ?? String(c.profileId),
      inclusion: inclusion(c.inclusionType),
    }));
  line('talkChannels', channel(value.talkChannelTargetings));
  line('syncApps', channel(value.syncAppTargetings));
  line(
    'friendGroups',
    (value.talkChannelGroupTargetings ?? []).map((c) => ({ text: c.name, inclusion: inclusion(c.inclusionType) })),
  );
  return lines;
}
