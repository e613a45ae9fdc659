import { canUseAllAvailableDeviceType, MOBILE_DEVICE_TYPES } from '../../../api/rules/placement-device';
import { MANUAL_BID_TABLE, pricingTypesFor } from '../../../api/rules/bid';
import { DAILY_BUDGET } from '../../../api/rules/budget';
import { defaultPacing } from '../../../api/rules/pacing';
import { everyHour } from '../../schedule/grid-model';
import { emptyTargeting } from '../../targeting/model/targeting-value';
import type { DisplayCampaignFacts } from './campaign-facts';
import type { DisplayFormValues } from './form-values';

/** CPC where the campaign type offers it (the common choice), else its only type (Video: CPV). */
export function defaultPricingType(campaignType: string): string {
  const types = pricingTypesFor(campaignType);
  return types.includes('CPC') ? 'CPC' : (types[0] ?? '');
}

export function defaultManualBid(campaignType: string, pricingType: string): number {
  return MANUAL_BID_TABLE[campaignType]?.[pricingType]?.default ?? 0;
}

/** A new group: the reference's defaults (budget 100,000, start today, no end date, every hour). */
export function defaultDisplayValues(campaign: DisplayCampaignFacts, name: string, today: string): DisplayFormValues {
  const pricingType = defaultPricingType(campaign.campaignType);
  return {
    name,
    allAvailablePlacement: true,
    placements: [],
    adServingCategories: [],
    sectionCategories: [],
    allAvailableDeviceType: canUseAllAvailableDeviceType(campaign),
    deviceTypes: [...MOBILE_DEVICE_TYPES],
    targeting: emptyTargeting(),
    adult: false,
    beginDate: today,
    noEndDate: true,
    endDate: '',
    lateNight: false,
    grid: [...everyHour],
    dailyBudgetAmount: String(DAILY_BUDGET.default),
    bidStrategy: 'MANUAL',
    pricingType,
    bidAmount: String(defaultManualBid(campaign.campaignType, pricingType)),
    autobidType: '',
    autobidValue: '',
    pacing: defaultPacing(campaign.campaignType, campaign.goal, 'MANUAL'),
  };
}
