import { z } from 'zod';
import { SYSTEM_CONFIGS } from './enums';
import { lenientEnum } from './lenient';

/**
 * GET /adGroups/{id}/latestSystemConfigHistory, and each item of
 * /systemConfigHistories (the last two years). `detailReason` only when Kakao has one.
 */
export const SystemStopReason = z.looseObject({
  id: z.number(),
  systemConfig: lenientEnum(SYSTEM_CONFIGS),
  reason: z.string().nullish(),
  detailReason: z.string().nullish(),
  createdDate: z.string().nullish(),
  lastModifiedDate: z.string().nullish(),
});
export type SystemStopReason = z.infer<typeof SystemStopReason>;

export const SystemStopReasonList = z.array(SystemStopReason);
export type SystemStopReasonList = z.infer<typeof SystemStopReasonList>;
