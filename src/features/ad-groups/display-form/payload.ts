import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { DisplayAdGroupCreateRequest, DisplayAdGroupEditRequest } from '../../../api/contracts/ad-group-requests';
import { DEVICE_TYPES, PACINGS, PLACEMENTS, type DeviceType, type Placement } from '../../../api/contracts/enums';
import { AUTOBID_MAXIMIZE_TYPES, autobidTargetBounds } from '../../../api/rules/autobid';
import { pricingTypesFor } from '../../../api/rules/bid';
import { DAILY_BUDGET } from '../../../api/rules/budget';
import { NAME_MAX_LENGTH } from '../../../api/rules/name';
import { defaultPacing } from '../../../api/rules/pacing';
import {
  ALL_DEVICE_TYPES,
  canUseAllAvailableDeviceType,
  canUseSectionCategories,
  needsAdServingCategories,
  placementsFor,
} from '../../../api/rules/placement-device';
import { fromScheduleDays, toScheduleDays } from '../../schedule/grid-model';
import type { DisplayCampaignFacts } from './campaign-facts';
import { defaultManualBid, defaultPricingType } from './defaults';
import type { DisplayFormValues } from './form-values';
import { targetingFromRead } from '../../targeting/model/targeting-from-read';

/** Typed digits → won. Separators are allowed while typing; anything else is NaN for the rules to report. */
export function parseMoney(text: string): number {
  const digits = text.replace(/[,\s₩원]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

const isPlacement = (p: string): p is Placement => PLACEMENTS.some((x) => x === p);
const isDevice = (d: string): d is DeviceType => DEVICE_TYPES.some((x) => x === d);
const isPacing = (p: string): p is (typeof PACINGS)[number] => PACINGS.some((x) => x === p);
const PRICING_TYPES = ['CPA', 'CPM', 'CPC', 'CPV'] as const;
type PricingType = DisplayAdGroupCreateRequest['pricingType'];
/** The form offers only the campaign's types; a stray value is the rules' to report, as CPC. */
const asPricingType = (p: string): PricingType => PRICING_TYPES.find((x) => x === p) ?? 'CPC';

/** Form → POST /adGroups body. Pure: everything it needs is in the values and the campaign. */
export function toPayload(values: DisplayFormValues, campaign: DisplayCampaignFacts): DisplayAdGroupCreateRequest {
  const placements = values.allAvailablePlacement ? placementsFor(campaign.campaignType).filter(isPlacement) : values.placements;
  const allDevices = values.allAvailableDeviceType && canUseAllAvailableDeviceType(campaign);
  const dailyBudgetAmount = parseMoney(values.dailyBudgetAmount);
  const autobid = values.bidStrategy === 'AUTOBID';
  const target = values.autobidType;
  const name = values.name.trim();
  return {
    campaign: { id: campaign.id },
    ...(name ? { name } : {}),
    placements,
    ...(needsAdServingCategories(placements) ? { adServingCategories: values.adServingCategories } : {}),
    // spec-notes #10: at the top level, never inside targeting.
    ...(canUseSectionCategories(campaign.campaignType, placements) && values.sectionCategories.length > 0
      ? { sectionCategories: values.sectionCategories }
      : {}),
    // spec-notes #3: both flags always sent.
    allAvailablePlacement: values.allAvailablePlacement,
    allAvailableDeviceType: allDevices,
    deviceTypes: allDevices ? [...ALL_DEVICE_TYPES] : values.deviceTypes,
    targeting: values.targeting,
    adult: values.adult,
    dailyBudgetAmount,
    bidStrategy: values.bidStrategy,
    pricingType: asPricingType(values.pricingType),
    // "In the case of … automatic bidding, set bidAmount to 0."
    bidAmount: autobid ? 0 : parseMoney(values.bidAmount),
    ...(autobid && target
      ? {
          bidStrategyTarget: AUTOBID_MAXIMIZE_TYPES.some((m) => m === target)
            ? { type: target }
            : { type: target, value: parseMoney(values.autobidValue) },
        }
      : {}),
    // spec-notes #8: AUTOBID takes NONE.
    pacing: autobid ? 'NONE' : values.pacing,
    schedule: {
      beginDate: values.beginDate,
      ...(values.noEndDate ? {} : { endDate: values.endDate }),
      lateNight: values.lateNight,
      ...toScheduleDays(values.grid),
    },
    // spec-notes #12: sent for Display-family groups, as the samples do.
    type: 'DISPLAY',
  };
}

/**
 * Form → PUT /adGroups body. The reference wants every field, the untouched ones with
 * their stored values: the form was filled from the stored group (fromAdGroup) and holds
 * every field of the edit table, so its payload IS the stored group merged with the edits.
 */
export function toEditPayload(values: DisplayFormValues, campaign: DisplayCampaignFacts, id: number): DisplayAdGroupEditRequest {
  return { id, ...toPayload(values, campaign) };
}

/** "name (copy)", shortened from the head so the suffix survives the 50-character limit. */
export function copyName(name: string, suffix: string): string {
  const head = [...name].slice(0, NAME_MAX_LENGTH - [...suffix].length).join('');
  return `${head}${suffix}`;
}

export interface FromAdGroupOptions {
  mode: 'edit' | 'duplicate';
  /** 'yyyy-MM-dd' in Asia/Seoul: a duplicate cannot start in the past. */
  today: string;
  copySuffix: string;
}

/** A stored group → form values, for editing it or as the start of a copy. */
export function fromAdGroup(group: AdGroupDetail, campaign: DisplayCampaignFacts, options: FromAdGroupOptions): DisplayFormValues {
  const type = campaign.campaignType;
  const schedule = group.schedule;
  const pricingType = group.pricingType && pricingTypesFor(type).includes(group.pricingType) ? group.pricingType : defaultPricingType(type);
  const autobid = group.bidStrategy === 'AUTOBID';
  const target = group.bidStrategyTarget;
  let beginDate = schedule?.beginDate ?? options.today;
  let endDate = schedule?.endDate ?? '';
  if (options.mode === 'duplicate' && beginDate < options.today) beginDate = options.today;
  if (endDate && endDate <= beginDate && options.mode === 'duplicate') endDate = '';
  const bounded = target?.type ? autobidTargetBounds(target.type, group.dailyBudgetAmount) !== null : false;
  return {
    name: options.mode === 'duplicate' ? copyName(group.name, options.copySuffix) : group.name,
    allAvailablePlacement: group.allAvailablePlacement === true,
    placements: group.allAvailablePlacement ? [] : (group.placements ?? []).filter(isPlacement),
    adServingCategories: group.adServingCategories ?? [],
    sectionCategories: group.sectionCategories ?? [],
    allAvailableDeviceType: group.allAvailableDeviceType === true && canUseAllAvailableDeviceType(campaign),
    deviceTypes: (group.deviceTypes ?? []).filter(isDevice),
    targeting: targetingFromRead(group.targeting),
    adult: group.adult === true,
    beginDate,
    noEndDate: !endDate,
    endDate,
    lateNight: schedule?.lateNight === true,
    grid: [...fromScheduleDays(schedule)],
    dailyBudgetAmount: String(group.dailyBudgetAmount ?? DAILY_BUDGET.default),
    bidStrategy: autobid ? 'AUTOBID' : 'MANUAL',
    pricingType,
    // Under AUTOBID the stored bid is 0: keep the preset, in case the user switches to MANUAL.
    bidAmount: String(autobid || !group.bidAmount ? defaultManualBid(type, pricingType) : group.bidAmount),
    autobidType: autobid ? (target?.type ?? '') : '',
    autobidValue: autobid && bounded && typeof target?.value === 'number' ? String(target.value) : '',
    pacing: autobid ? 'NONE' : group.pacing && isPacing(group.pacing) ? group.pacing : defaultPacing(type, campaign.goal, 'MANUAL'),
  };
}
