import { AGES, GENDERS, TARGETING_TYPES, type InclusionType } from '../../../api/contracts/enums';
import { TALK_CHANNEL_GROUP_FILE_TYPES } from '../../../api/contracts/lookups';
import type { Targeting, TargetingRequest } from '../../../api/contracts/targeting';
import { isKnown } from './format-detail';

/** What the read side adds: the categories Kakao no longer serves (the summary marks them). */
export interface TargetingReadExtras {
  ufoDeprecatedInterests?: string[];
  ufoDeprecatedBusinessTypes?: string[];
}

const inclusion = (value: string | null | undefined): InclusionType => (value === 'EXCLUDE' ? 'EXCLUDE' : 'INCLUDE');
const present = <T>(list: T[] | null | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);

/**
 * An ad group's targeting as read (lenient: open enums, optional fields) in the shape the
 * targeting feature's summary takes (`TargetingRequest`). Nothing is invented for the
 * reader: the summary shows names, include/exclude and deprecated marks, and a field the
 * request shape requires but the summary never shows gets an empty value.
 */
export function toTargetingView(read: Targeting): TargetingRequest & TargetingReadExtras {
  const type = TARGETING_TYPES.find((known) => known === read.type);
  const id = read.id === null || read.id === undefined ? undefined : Number(read.id);
  const view: TargetingRequest = {
    ...(type ? { type } : {}),
    ...(id !== undefined && !Number.isNaN(id) ? { id } : {}),
    ageType: read.ageType === 'NOT_ALL' ? 'NOT_ALL' : 'ALL',
    ages: present(read.ages)?.filter((age) => isKnown(AGES, age)),
    genderType: read.genderType === 'NOT_ALL' ? 'NOT_ALL' : 'ALL',
    genders: present(read.genders)?.filter((gender) => isKnown(GENDERS, gender)),
    locationType: read.locationType === 'AREA' ? 'AREA' : 'ALL',
    locations: present(read.locations),
    depth2Locations: present(read.depth2Locations),
    depth3Locations: present(read.depth3Locations),
    ufoInterests: present(read.ufoInterests),
    ufoBusinessTypes: present(read.ufoBusinessTypes),
    customerFileTargetings: present(read.customerFileTargetings)?.map((c) => ({
      customerFileId: c.customerFileId ?? 0,
      inclusionType: inclusion(c.inclusionType),
    })),
    trackerTargetings: present(read.trackerTargetings)?.map((c) => ({
      trackId: c.trackId ?? '',
      inclusionType: inclusion(c.inclusionType),
      eventCode: c.eventCode ?? '',
      trackRuleId: c.trackRuleId ?? '',
      trackRuleName: c.trackRuleName ?? c.eventCode ?? '',
      term: c.term ?? 0,
    })),
    cohortTargetings: present(read.cohortTargetings)?.map((c) => ({
      cohortId: c.cohortId ?? '',
      inclusionType: inclusion(c.inclusionType),
    })),
    talkChannelTargetings: present(read.talkChannelTargetings)?.map((c) => ({
      profileId: c.profileId ?? '',
      inclusionType: inclusion(c.inclusionType),
    })),
    syncAppTargetings: present(read.syncAppTargetings)?.map((c) => ({
      profileId: c.profileId ?? '',
      inclusionType: inclusion(c.inclusionType),
    })),
    talkChannelGroupTargetings: present(read.talkChannelGroupTargetings)?.map((c) => ({
      talkChannelGroupFileId: c.talkChannelGroupFileId ?? 0,
      name: c.name ?? (c.talkChannelGroupFileId === undefined ? '' : `#${c.talkChannelGroupFileId}`),
      inclusionType: inclusion(c.inclusionType),
      fileType: TALK_CHANNEL_GROUP_FILE_TYPES.find((known) => known === c.fileType) ?? 'APP_USER_ID',
      groupKey: c.groupKey ?? '',
    })),
  };
  const extras: TargetingReadExtras = {
    ufoDeprecatedInterests: present(read.ufoDeprecatedInterests),
    ufoDeprecatedBusinessTypes: present(read.ufoDeprecatedBusinessTypes),
  };
  return Object.assign(view, extras);
}
