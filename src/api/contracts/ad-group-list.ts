import { z } from 'zod';
import { CONFIGS, SYSTEM_CONFIGS } from './enums';
import { lenientEnum } from './lenient';

/** GET /adGroups?campaignId=…: only these five fields; details come from GET /adGroups/{id}. */
export const AdGroupListItem = z.looseObject({
  id: z.number(),
  name: z.string(),
  config: lenientEnum(CONFIGS),
  userConfig: lenientEnum(CONFIGS).optional(),
  systemConfig: lenientEnum(SYSTEM_CONFIGS),
});
export type AdGroupListItem = z.infer<typeof AdGroupListItem>;

export const AdGroupList = z.looseObject({ content: z.array(AdGroupListItem) });
export type AdGroupList = z.infer<typeof AdGroupList>;
