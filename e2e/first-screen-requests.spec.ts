import { CAMPAIGN_IDS } from '../mocks/data/seed-campaigns';
import { ACCOUNT_IDS } from '../mocks/data/seed-accounts';
import { expect, test } from './fixtures';

// Issue 9: the first screen asks each /api question once, the campaign picker's
// included. Request counts are deterministic, so they belong in the gate (timings don't).
test('the list page asks every /api question once', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) requests.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await page.goto(`/accounts/${ACCOUNT_IDS.main}/campaigns/${CAMPAIGN_IDS.small}/ad-groups`);
  await expect(page.locator('[data-testid^="ad-group-"]').first()).toBeVisible();
  // The 10-group campaign settles quickly: every row's details, the picker's look-ups.
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r) => r.startsWith('GET /api/adGroups?'))).toHaveLength(1);
  const duplicates = requests.filter((request, i) => requests.indexOf(request) !== i);
  expect(duplicates, `duplicate /api requests among:\n${requests.join('\n')}`).toEqual([]);
});
