import { afterEach, describe, expect, it } from 'vitest';
import { AdAccount } from '../src/api/contracts/ad-account';
import { DisplayAdGroup, MessageAdGroup, PersonalizedAdGroup } from '../src/api/contracts/ad-group';
import { Campaign } from '../src/api/contracts/campaign';
import { SystemStopReason } from '../src/api/contracts/system-stop';
import { adGroupKindOf } from '../src/api/rules/campaign-kind';
import { messageTotals } from '../src/api/rules/message';
import { ACCOUNT_IDS } from './data/seed-accounts';
import { AD_GROUP_IDS } from './data/seed-ad-groups';
import { BULK_COUNT, SMALL_COUNT } from './data/seed-bulk';
import { CAMPAIGN_IDS } from './data/seed-campaigns';
import { seoulToday } from '../src/api/rules/seoul-clock';
import { db, type StoredAdGroup } from './db';

const main = ACCOUNT_IDS.main;
const allGroups = (): StoredAdGroup[] =>
  [main, ACCOUNT_IDS.second].flatMap((a) => db.campaignsOf(a).flatMap((c) => db.adGroupsOf(a, c.id)));
const typeOf = (g: StoredAdGroup) => String(g.campaign.campaignTypeGoal?.campaignType);

afterEach(() => db.reset());

describe('seed', () => {
  it('parses with the response contracts, each group with the schema of its kind', () => {
    for (const a of db.accounts()) expect(AdAccount.safeParse(a).success).toBe(true);
    for (const c of db.campaignsOf(main)) expect(Campaign.safeParse(c).success).toBe(true);
    const schemas = { display: DisplayAdGroup, readonly: DisplayAdGroup, message: MessageAdGroup, personalized: PersonalizedAdGroup };
    for (const g of allGroups()) {
      const result = schemas[adGroupKindOf(typeOf(g))].safeParse(g);
      expect(result.error?.issues ?? [], `ad group ${g.id}`).toEqual([]);
      for (const h of db.histories(g.id)) expect(SystemStopReason.safeParse(h).success).toBe(true);
    }
  });

  it('is deterministic: two resets on the same day give the same world', () => {
    db.reset('2026-03-10');
    const first = JSON.stringify(db.snapshot());
    db.reset('2026-03-10');
    expect(JSON.stringify(db.snapshot())).toBe(first);
    db.reset('2026-03-11');
    expect(JSON.stringify(db.snapshot())).not.toBe(first);
  });

  it('has two ad accounts and every creatable type × goal, plus read-only and undeletable ones', () => {
    expect(db.accounts()).toHaveLength(2);
    const pairs = db.campaignsOf(main).map((c) => `${c.campaignTypeGoal?.campaignType}×${c.campaignTypeGoal?.goal}`);
    for (const p of ['DISPLAY×VISITING', 'DISPLAY×CONVERSION', 'TALK_BIZ_BOARD×VISITING', 'TALK_BIZ_BOARD×CONVERSION', 'VIDEO×VIEW', 'TALK_CHANNEL×REACH', 'PERSONAL_MESSAGE×REACH', 'DAUM_SHOPPING×CONVERSION', 'TALK_BIZ_BOARD×REACH']) {
      expect(pairs).toContain(p);
    }
    expect(db.campaignsOf(main).filter((c) => typeof c.dailyBudgetAmount === 'number')).toHaveLength(1);
  });

  it('has every kind of group in config ON, OFF and DEL, and every systemConfig with reasons', () => {
    for (const kind of ['display', 'message', 'personalized'] as const) {
      const groups = allGroups().filter((g) => adGroupKindOf(typeOf(g)) === kind);
      expect(new Set(groups.map((g) => g.config)), kind).toEqual(new Set(['ON', 'OFF', 'DEL']));
    }
    for (const stop of ['ADMIN_STOP', 'EXTERNAL_SERVICE_STOP']) {
      const stopped = allGroups().filter((g) => g.systemConfig === stop);
      expect(stopped.length).toBeGreaterThan(0);
      for (const g of stopped) expect(db.histories(g.id)[0]?.systemConfig).toBe(stop);
    }
    expect(allGroups().some((g) => g.systemConfig === 'ON')).toBe(true);
  });

  it('has Message groups that are saved and that are finished, with totals of count × price + 10 %', () => {
    const saved = db.adGroup(main, AD_GROUP_IDS.messageSaved);
    const finished = db.adGroup(main, AD_GROUP_IDS.messageFinished);
    expect(saved?.messageSendingInfo?.status).toBe('SAVE');
    expect(finished?.messageSendingInfo?.status).toBe('FINISHED');
    expect(finished?.status).toEqual(['FINISHED']);
    for (const g of [saved, finished]) {
      const info = g?.messageSendingInfo;
      expect(g?.totalBudget).toBe(messageTotals(info?.contractCount ?? 0, info?.price ?? 0).totalBudget);
      expect(g?.totalBudgetWithVAT).toBe(Math.floor((g?.totalBudget ?? 0) * 1.1));
    }
  });

  it('has a campaign with about 300 ad groups', () => {
    expect(db.adGroupsOf(main, CAMPAIGN_IDS.bulk)).toHaveLength(BULK_COUNT);
  });

  it('has a 10-group campaign of the same kind, the bench baseline for the 300-group list', () => {
    const small = db.adGroupsOf(main, CAMPAIGN_IDS.small);
    expect(small).toHaveLength(SMALL_COUNT);
    expect(new Set(small.map((g) => g.id)).size).toBe(SMALL_COUNT);
    expect(small.every((g) => !db.adGroupsOf(main, CAMPAIGN_IDS.bulk).some((b) => b.id === g.id))).toBe(true);
  });

  it('gives live groups a schedule that is valid today', () => {
    const today = seoulToday();
    const live = allGroups().filter((g) => g.status?.includes('LIVE') && adGroupKindOf(typeOf(g)) !== 'personalized');
    expect(live.length).toBeGreaterThan(10);
    for (const g of live) {
      expect(g.schedule?.beginDate && g.schedule.beginDate <= today).toBe(true);
      if (g.schedule?.endDate) expect(g.schedule.endDate >= today).toBe(true);
    }
  });

  it('scopes groups by ad account', () => {
    expect(db.adGroup(ACCOUNT_IDS.second, AD_GROUP_IDS.displayLive)).toBeUndefined();
    expect(db.adGroup(ACCOUNT_IDS.second, AD_GROUP_IDS.secondAccountDisplay)?.name).toBe('신메뉴_딸기라떼_강남');
  });
});

describe('snapshot and restore', () => {
  it('round-trips a changed world and refuses what it cannot read', () => {
    const g = db.adGroup(main, AD_GROUP_IDS.displayLive);
    if (!g) throw new Error('seed');
    db.updateAdGroup({ ...g, name: '바뀐 이름' });
    const saved = JSON.parse(JSON.stringify(db.snapshot())) as unknown;
    db.reset();
    expect(db.adGroup(main, g.id)?.name).not.toBe('바뀐 이름');
    expect(db.restore(saved)).toBe(true);
    expect(db.adGroup(main, g.id)?.name).toBe('바뀐 이름');
    expect(db.restore({ version: 0 })).toBe(false);
    expect(db.adGroup(main, g.id)?.name).toBe('바뀐 이름');
  });

  it('notifies subscribers of each change', () => {
    let calls = 0;
    const stop = db.subscribe(() => calls++);
    db.reset();
    stop();
    db.reset();
    expect(calls).toBe(1);
  });
});
