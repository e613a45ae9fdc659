import type { Config } from '../../../api/contracts/enums';

// Query-key factories (architecture.md #5: all → lists → list(params) → details → detail).
// Campaigns belong to an ad account, so the account id is part of every campaign key.

export const adAccountKeys = {
  all: ['adAccounts'] as const,
  lists: () => [...adAccountKeys.all, 'list'] as const,
  list: (params: { config: readonly Config[] }) => [...adAccountKeys.lists(), params] as const,
};

export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (params: { adAccountId: number; config: readonly Config[] }) => [...campaignKeys.lists(), params] as const,
  details: () => [...campaignKeys.all, 'detail'] as const,
  detail: (adAccountId: number, id: number) => [...campaignKeys.details(), adAccountId, id] as const,
};
