import type { NewChange } from '../server/history/change-repo';
import { ACCOUNT_IDS } from './data/seed-accounts';
import { CAMPAIGN_IDS } from './data/seed-campaigns';
import { seededRandom } from './data/seed-clock';
import { db } from './db';

/** The sandbox's two demo users; the first is the one acting in the sandbox. */
export const DEMO_USERS = ['김마케터', '이운영'] as const;

const DAYS = 21;
const HOUR_MS = 3_600_000;

type Step = Pick<NewChange, 'action' | 'changes'> & Partial<Pick<NewChange, 'outcome' | 'detailCode' | 'detailMsg'>>;

/** One plausible earlier change of the group, walking backwards from `current` (mutated to the value before). */
function stepBack(current: { dailyBudgetAmount: number; bidAmount: number; config: string }, roll: number): Step {
  if (roll < 0.45) {
    const before = Math.max(10_000, current.dailyBudgetAmount - 10_000 * (1 + Math.floor(roll * 20)));
    const step: Step = { action: 'dailyBudget', changes: [{ field: 'dailyBudgetAmount', before, after: current.dailyBudgetAmount }] };
    current.dailyBudgetAmount = before;
    return step;
  }
  if (roll < 0.7) {
    const before = Math.max(70, current.bidAmount - 10 * (1 + Math.floor(roll * 10)));
    const step: Step = { action: 'bidAmount', changes: [{ field: 'bidAmount', before, after: current.bidAmount }] };
    current.bidAmount = before;
    return step;
  }
  if (roll < 0.9) {
    const before = current.config === 'ON' ? 'OFF' : 'ON';
    const step: Step = { action: 'onOff', changes: [{ field: 'config', before, after: current.config }] };
    current.config = before;
    return step;
  }
  // A refusal changes nothing, so the walk stays where it is.
  return {
    action: 'dailyBudget',
    changes: [{ field: 'dailyBudgetAmount', before: current.dailyBudgetAmount, after: 5_000 }],
    outcome: 'refused',
    detailCode: 31001,
    detailMsg: '일예산은 10,000원 이상 500,000,000원 이하로 입력해야 합니다.',
  };
}

/**
 * A few weeks of history on the main demo campaign by the two demo users, ending at
 * the groups' seeded values so that every "after" matches what the sandbox shows now.
 * Deterministic: the same seed every reset.
 */
export function seedHistory(now: Date): NewChange[] {
  const random = seededRandom(11);
  const groups = db.adGroupsOf(ACCOUNT_IDS.main, CAMPAIGN_IDS.displayVisit).filter((g) => g.config !== 'DEL');
  const records: NewChange[] = [];
  for (const group of groups.slice(0, 6)) {
    const current = {
      dailyBudgetAmount: group.dailyBudgetAmount ?? 50_000,
      bidAmount: group.bidAmount ?? 100,
      config: group.config === 'OFF' ? 'OFF' : 'ON',
    };
    let at = now.getTime() - HOUR_MS * (2 + Math.floor(random() * 20));
    const oldest = now.getTime() - DAYS * 24 * HOUR_MS;
    while (at > oldest) {
      const step = stepBack(current, random());
      records.push({
        at: new Date(at).toISOString(),
        user: DEMO_USERS[random() < 0.6 ? 0 : 1],
        adAccountId: ACCOUNT_IDS.main,
        campaignId: group.campaign.id,
        adGroupId: group.id,
        adGroupName: group.name ?? null,
        outcome: 'applied',
        ...step,
      });
      at -= HOUR_MS * (10 + Math.floor(random() * 50));
    }
  }
  return records;
}

/** What the sandbox hands the history: its accounts (the only rows a reset clears) and the seed. */
export const SANDBOX_HISTORY = { adAccountIds: Object.values(ACCOUNT_IDS), records: seedHistory };
