import { z } from 'zod';
import { CampaignType, DeviceType, Goal, Placement } from './enums';
import { TargetingRequest } from './targeting';

/**
 * POST /targetings/populationScore: the Message group's estimated audience, before
 * `contractCount` is chosen. The sample sends a targeting with other keys and without
 * the select types, so targeting is partial here and unknown keys pass.
 */
export const PopulationScoreRequest = z.object({
  campaignTypeGoal: z.object({ id: z.number().optional(), campaignType: CampaignType, goal: Goal }),
  /** Required for Talk Channel × Reach; its `value` is the channel's profile id. */
  objective: z
    .object({ type: z.string().nullish(), detailType: z.string().nullish(), value: z.string().nullish() })
    .nullish(),
  placements: z.array(Placement),
  adServingCategories: z.array(z.string()).optional(),
  sectionCategories: z.array(z.string()).optional(),
  allAvailableDeviceType: z.boolean(),
  allAvailablePlacement: z.boolean(),
  deviceTypes: z.array(DeviceType),
  targeting: TargetingRequest.partial().loose(),
  smartMessage: z.boolean(),
});
export type PopulationScoreRequest = z.infer<typeof PopulationScoreRequest>;

/** spec-notes #15: the text says "no body", the sample returns this; the sample wins. */
export const PopulationScoreResponse = z.looseObject({ populationScore: z.number() });
export type PopulationScoreResponse = z.infer<typeof PopulationScoreResponse>;
