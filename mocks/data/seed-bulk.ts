import type { DisplayAdGroup } from '../../src/api/contracts/ad-group';
import { displayGroup, displaySchedule, targeting } from './seed-builders';
import type { SeededCampaign } from './seed-campaigns';
import { seededRandom, type SeedClock } from './seed-clock';

export const BULK_COUNT = 300;
export const BULK_FIRST_ID = 60_001;
export const SMALL_COUNT = 10;
export const SMALL_FIRST_ID = 61_001;

const PRODUCTS = ['무선 이어폰', '캠핑 의자', '여름 원피스', '스킨케어 세트', '러닝화', '커피 원두', '반려견 사료', '블루투스 스피커', '텀블러', '요가 매트'];
const AUDIENCES = ['2030 여성', '3040 남성', '전국 전체', '수도권', '부산·경남', '관심사 패션', '관심사 스포츠', '신규 방문자'];
const REGIONS = ['I', 'B', 'H', 'G', 'F', 'D'];
const AGE_SETS = [['20', '25'], ['30', '35', '40'], ['45', '50', '55']];

/**
 * About 300 (or `count`) Display × Visit groups for the long-list journeys (virtualised table, search,
 * bulk actions). Mostly ON, some OFF, a few deleted or stopped; budgets and bids vary.
 * Seeded, so every reset gives the same list.
 */
export function seedBulkAdGroups(
  clock: SeedClock,
  campaign: SeededCampaign,
  count: number = BULK_COUNT,
  firstId: number = BULK_FIRST_ID,
): DisplayAdGroup[] {
  const random = seededRandom(20_240_601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const groups: DisplayAdGroup[] = [];
  for (let n = 0; n < count; n++) {
    const roll = random();
    const config = roll < 0.05 ? 'DEL' : roll < 0.3 ? 'OFF' : 'ON';
    const stop = random();
    const systemConfig = stop < 0.03 ? 'ADMIN_STOP' : stop < 0.05 ? 'EXTERNAL_SERVICE_STOP' : 'ON';
    const pricingType = random() < 0.7 ? 'CPC' : 'CPM';
    const dailyBudgetAmount = (5 + Math.floor(random() * 96)) * 10_000; // 50,000 … 1,000,000
    const bidAmount = pricingType === 'CPC' ? 100 + Math.floor(random() * 40) * 10 : 1_000 + Math.floor(random() * 30) * 100;
    const audience = pick(AUDIENCES);
    const narrow = audience.startsWith('2030') || audience.startsWith('3040');
    groups.push(
      displayGroup(clock, campaign, {
        id: firstId + n,
        name: `${pick(PRODUCTS)}_${audience}_${String(n + 1).padStart(3, '0')}`,
        config,
        systemConfig,
        creativeCount: Math.floor(random() * 5),
        age: 10 + Math.floor(random() * 80),
        schedule: displaySchedule(clock, -Math.floor(random() * 60), random() < 0.5 ? null : 30 + Math.floor(random() * 120)),
        pricingType,
        bidAmount,
        pacing: random() < 0.8 ? 'NORMAL' : 'QUICK',
        dailyBudgetAmount,
        targeting: narrow ? targeting({ ages: pick(AGE_SETS), d1: [pick(REGIONS)] }) : targeting({}),
      }),
    );
  }
  return groups;
}
