import { describe, expect, it } from 'vitest';
import { ChangesPage, ChangesQuery } from './changes';

describe('change history contract', () => {
  it('reads a page leniently: an unknown action and extra keys pass', () => {
    const page = ChangesPage.parse({
      content: [
        {
          id: '42',
          at: '2026-05-01T05:02:00.000Z',
          user: '김마케터',
          adAccountId: 1,
          campaignId: 2,
          adGroupId: 3,
          adGroupName: 'Spring',
          action: 'somethingNew',
          changes: [{ field: 'dailyBudgetAmount', before: 10000, after: 20000 }],
          outcome: 'applied',
          extra: true,
        },
      ],
      next: null,
    });
    expect(page.content[0]?.action).toBe('somethingNew');
  });

  it('refuses a query without an all-digit ad account', () => {
    expect(ChangesQuery.safeParse({ adAccountId: 'x' }).success).toBe(false);
    expect(ChangesQuery.safeParse({ adAccountId: '12', since: 'yesterday' }).success).toBe(false);
    expect(ChangesQuery.parse({ adAccountId: '12', limit: '20' }).limit).toBe(20);
  });
});
