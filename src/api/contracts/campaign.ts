import { z } from 'zod';
import { CAMPAIGN_TYPES, CONFIGS, GOALS, SYSTEM_CONFIGS } from './enums';
import { lenientEnum } from './lenient';

export const CampaignTypeGoal = z.looseObject({
  campaignType: lenientEnum(CAMPAIGN_TYPES),
  goal: lenientEnum(GOALS),
});
export type CampaignTypeGoal = z.infer<typeof CampaignTypeGoal>;

export const Objective = z.looseObject({
  type: z.string().nullish(),
  detailType: z.string().nullish(),
  value: z.string().nullish(),
});

/** The campaign as nested in an ad group, and as GET /campaigns/{id} returns it. */
export const Campaign = z.looseObject({
  id: z.number(),
  name: z.string().optional(),
  campaignTypeGoal: CampaignTypeGoal.optional(),
  objective: Objective.nullish(),
  dailyBudgetAmount: z.number().nullish(),
  config: lenientEnum(CONFIGS).optional(),
  statusDescription: z.string().nullish(),
  trackId: z.string().nullish(),
  adAccountId: z.number().nullish(),
  status: z.array(z.string()).nullish(),
  systemConfig: lenientEnum(SYSTEM_CONFIGS).nullish(),
  isDailyBudgetAmountOver: z.boolean().nullish(),
});
export type Campaign = z.infer<typeof Campaign>;

/** GET /campaigns: no type, goal or budget here; one detail call per campaign. */
export const CampaignListItem = z.looseObject({
  id: z.number(),
  name: z.string(),
  config: lenientEnum(CONFIGS),
  userConfig: lenientEnum(CONFIGS).optional(),
  systemConfig: lenientEnum(SYSTEM_CONFIGS).optional(),
});
export type CampaignListItem = z.infer<typeof CampaignListItem>;

export const CampaignList = z.looseObject({ content: z.array(CampaignListItem) });
export type CampaignList = z.infer<typeof CampaignList>;
