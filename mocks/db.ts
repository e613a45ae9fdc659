import { z } from 'zod';
import { AdAccount } from '../src/api/contracts/ad-account';
import { AdGroupDetail } from '../src/api/contracts/ad-group';
import { SystemStopReason } from '../src/api/contracts/system-stop';
import { Campaign } from '../src/api/contracts/campaign';
import { seedAccounts } from './data/seed-accounts';
import { seedAdGroups } from './data/seed-ad-groups';
import { seedCampaigns, type SeededCampaign } from './data/seed-campaigns';
import { seoulToday } from '../src/api/rules/seoul-clock';
import { seedClock } from './data/seed-clock';

/** Stored ad groups always have an id and their campaign's id. */
export type StoredAdGroup = AdGroupDetail & { id: number; campaign: { id: number } };

/**
 * The whole mock world. A snapshot is this, as JSON; the browser keeps one in
 * localStorage so the demo survives a reload. `version` changes when the shape does, so
 * an old snapshot is dropped instead of breaking the page.
 */
export const SNAPSHOT_VERSION = 1;
const Snapshot = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  accounts: z.array(AdAccount),
  campaigns: z.array(Campaign),
  adGroups: z.array(AdGroupDetail),
  histories: z.record(z.string(), z.array(SystemStopReason)),
  nextId: z.number(),
});
export type MockSnapshot = z.infer<typeof Snapshot>;

interface State {
  accounts: AdAccount[];
  campaigns: SeededCampaign[];
  adGroups: StoredAdGroup[];
  /** System stop reasons per ad group id, newest first. */
  histories: Map<number, SystemStopReason[]>;
  nextId: number;
}

/** Ids of created ad groups start above every seeded one. */
const FIRST_CREATED_ID = 900_001;

function seedState(today: string): State {
  const campaigns = seedCampaigns();
  const { adGroups, histories } = seedAdGroups(seedClock(today), campaigns);
  return { accounts: seedAccounts(), campaigns, adGroups, histories, nextId: FIRST_CREATED_ID };
}

const clone = <T>(value: T): T => structuredClone(value);

let state: State = seedState(seoulToday());
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

function accountOf(g: StoredAdGroup): number | undefined {
  return state.campaigns.find((c) => c.id === g.campaign.id)?.adAccountId;
}

/**
 * The in-memory store behind every handler. Reads hand out copies, so a handler can
 * never change the store by accident: changes go through insert/update, which notify
 * the subscribers (the browser worker persists a snapshot then).
 */
export const db = {
  /** Back to the seed, built for today's date in Asia/Seoul. */
  reset(today: string = seoulToday()): void {
    state = seedState(today);
    changed();
  },
  snapshot(): MockSnapshot {
    return clone({
      version: SNAPSHOT_VERSION,
      accounts: state.accounts,
      campaigns: state.campaigns,
      adGroups: state.adGroups,
      histories: Object.fromEntries([...state.histories].map(([id, h]) => [String(id), h])),
      nextId: state.nextId,
    });
  },
  /** False (and nothing changes) when the snapshot is not one this version wrote. */
  restore(snapshot: unknown): boolean {
    const parsed = Snapshot.safeParse(snapshot);
    if (!parsed.success) return false;
    const s = parsed.data;
    state = {
      accounts: s.accounts,
      campaigns: s.campaigns as SeededCampaign[],
      adGroups: s.adGroups as StoredAdGroup[],
      histories: new Map(Object.entries(s.histories).map(([id, h]) => [Number(id), h])),
      nextId: s.nextId,
    };
    return true;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  accounts: (): AdAccount[] => clone(state.accounts),
  account: (id: number): AdAccount | undefined => clone(state.accounts.find((a) => a.id === id)),
  campaignsOf: (accountId: number): SeededCampaign[] => clone(state.campaigns.filter((c) => c.adAccountId === accountId)),
  campaign: (accountId: number, id: number): SeededCampaign | undefined =>
    clone(state.campaigns.find((c) => c.id === id && c.adAccountId === accountId)),

  adGroupsOf: (accountId: number, campaignId: number): StoredAdGroup[] =>
    clone(state.adGroups.filter((g) => g.campaign.id === campaignId && accountOf(g) === accountId)),
  adGroup: (accountId: number, id: number): StoredAdGroup | undefined =>
    clone(state.adGroups.find((g) => g.id === id && accountOf(g) === accountId)),
  histories: (id: number): SystemStopReason[] => clone(state.histories.get(id) ?? []),

  nextAdGroupId(): number {
    return state.nextId++;
  },
  insertAdGroup(group: StoredAdGroup): void {
    state.adGroups.push(clone(group));
    changed();
  },
  /** Replaces the stored group with the same id. */
  updateAdGroup(group: StoredAdGroup): void {
    const i = state.adGroups.findIndex((g) => g.id === group.id);
    if (i < 0) throw new Error(`No ad group ${group.id}`);
    state.adGroups[i] = clone(group);
    changed();
  },
};
