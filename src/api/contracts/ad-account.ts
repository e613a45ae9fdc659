import { z } from 'zod';
import { CONFIGS } from './enums';
import { lenientEnum } from './lenient';

// related-endpoints.md: GET /adAccounts/pages (doc); GET /adAccounts/{id} (fields 3p).
export const AdAccount = z.looseObject({
  id: z.number(),
  name: z.string(),
  config: lenientEnum(CONFIGS).optional(),
  type: z.string().nullish(),
  isAdminStop: z.boolean().nullish(),
  isOutOfBalance: z.boolean().nullish(),
  statusDescription: z.string().nullish(),
});
export type AdAccount = z.infer<typeof AdAccount>;

export const AdAccountPage = z.looseObject({
  content: z.array(AdAccount),
  size: z.number().optional(),
  totalElements: z.number().optional(),
  totalPages: z.number().optional(),
  page: z.number().optional(),
});
export type AdAccountPage = z.infer<typeof AdAccountPage>;
