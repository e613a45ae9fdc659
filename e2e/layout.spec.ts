import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Layout at the widths advertisers use (laptop to desktop), on the sandbox's seed.
const ACCOUNT = 27429;
const DISPLAY_VISIT = 35001;
const TALK_CHANNEL = 34097;
const LIVE_ID = 54001;

/** Neither the page nor any element under `selector` scrolls sideways. */
async function expectNoHorizontalScroll(page: Page, selector: string) {
  const overflow = await page.evaluate((sel) => {
    const found: string[] = [];
    const root = document.scrollingElement;
    if (root && root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>(`${sel}, ${sel} *`)) {
      if (el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX)) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return found;
  }, selector);
  expect(overflow, 'elements that scroll sideways').toEqual([]);
}

for (const width of [1280, 1440, 1920]) {
  for (const [kind, campaignId] of [
    ['Display', DISPLAY_VISIT],
    ['Message', TALK_CHANNEL],
  ] as const) {
    test(`the ${kind} list fits ${width} px without scrolling sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups`);
      const table = page.getByRole('table', { name: 'Ad groups' });
      // Wait for the widest state: details in, so the inline edits and actions are drawn.
      await expect(table.getByRole('button', { name: /^Delete|^Cancel the contract/ }).first()).toBeVisible();
      await expect(table.locator('[data-testid^="ad-group-"] .mantine-Skeleton-root')).toHaveCount(0);
      await expectNoHorizontalScroll(page, 'main');
      if (kind === 'Message') {
        // Message groups pay per message: no daily budget, no pacing.
        await expect(table.getByRole('columnheader', { name: 'Daily budget' })).toHaveCount(0);
        await expect(table.getByRole('columnheader', { name: 'Pacing' })).toHaveCount(0);
      }
      // The action column is inside the visible width, not clipped.
      const actions = await table.getByRole('columnheader', { name: 'Actions' }).boundingBox();
      expect(actions && actions.x + actions.width).toBeLessThanOrEqual(width);
    });
  }
}

test('a long unbroken name wraps in the detail header at 768 px', async ({ page }) => {
  const longName = 'W'.repeat(50);
  await page.route(`**/api/adGroups/${LIVE_ID}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { name: string };
    await route.fulfill({ response, json: { ...body, name: longName } });
  });
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(`/accounts/${ACCOUNT}/campaigns/${DISPLAY_VISIT}/ad-groups/${LIVE_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: longName })).toBeVisible();
  await expectNoHorizontalScroll(page, 'main');
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(heading && heading.x + heading.width).toBeLessThanOrEqual(768);
});
