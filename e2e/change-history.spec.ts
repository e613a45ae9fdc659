import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

// Change history and undo (issue 11), on the sandbox's seed: the server records every
// change it forwards, and "reset demo" (the fixture's reset) reseeds the history.
const ACCOUNT = 27429;
const DISPLAY_VISIT = 35001;
const SMALL = 35013; // 10 groups, mostly on
const LIVE = { id: 54001, name: '봄 기획전_2030 여성_수도권' };
const detailPath = (adGroupId: number) => `/accounts/${ACCOUNT}/campaigns/${DISPLAY_VISIT}/ad-groups/${adGroupId}`;
const historyPath = (campaignId: number, search = '') => `/accounts/${ACCOUNT}/campaigns/${campaignId}/history${search}`;
const json = { 'Content-Type': 'application/json', adAccountId: String(ACCOUNT) };

/** The sandbox's state, read as Kakao answers it (not through the page's cache). */
async function groupNow(request: APIRequestContext, id: number): Promise<{ dailyBudgetAmount: number; config: string }> {
  const res = await request.get(`/api/adGroups/${id}`, { headers: json });
  expect(res.ok()).toBeTruthy();
  return (await res.json()) as { dailyBudgetAmount: number; config: string };
}

/** A change made elsewhere: another tab, a script, a colleague. */
async function setBudgetElsewhere(request: APIRequestContext, id: number, amount: number) {
  return request.put('/api/adGroups/dailyBudgetAmount', { headers: json, data: { id, dailyBudgetAmount: amount } });
}

async function openHistoryTab(page: Page) {
  await page.getByRole('tab', { name: 'Change history' }).click();
  return page.getByRole('table', { name: 'Changes' });
}

const newestRow = (page: Page) => page.getByRole('table', { name: 'Changes' }).getByTestId(/^change-\d+$/).first();

test('a budget changed inline shows in the detail’s history with before → after, and the toast undoes it', async ({ page, request }) => {
  await page.goto(detailPath(LIVE.id));
  const budget = page.getByRole('button', { name: `Edit daily budget of ${LIVE.name}` });
  await expect(budget).toHaveText('₩200,000');
  await budget.click();
  const input = page.getByRole('textbox', { name: `daily budget of ${LIVE.name}` });
  await input.fill('300000');
  await input.press('Enter');
  await expect(budget).toHaveText('₩300,000');
  const toast = page.getByRole('alert').filter({ hasText: 'Change saved' });
  await expect(toast).toContainText(`Daily budget of ${LIVE.name}`);
  // Hovering a notification pauses its 10-s timer, so a slow machine still reaches it.
  await toast.hover();

  const history = await openHistoryTab(page);
  await expect(newestRow(page)).toContainText('Daily budget: ₩200,000 → ₩300,000');
  await expect(newestRow(page)).toContainText('김마케터');
  await expect(newestRow(page)).toContainText('Applied');
  await expectNoSeriousA11yViolations(page);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The change was undone.' })).toBeVisible();
  // The undo is a change of its own, linked to the original, and can itself be undone.
  await expect(newestRow(page)).toContainText('Daily budget: ₩300,000 → ₩200,000');
  await expect(newestRow(page)).toContainText('Undo of an earlier change');
  await expect(newestRow(page).getByRole('button', { name: `Undo: Daily budget of ${LIVE.name}` })).toBeVisible();
  await expect(history.getByTestId(/^change-\d+$/).nth(1)).toContainText('Daily budget: ₩200,000 → ₩300,000');
  expect((await groupNow(request, LIVE.id)).dailyBudgetAmount).toBe(200_000);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(budget).toHaveText('₩200,000');
});

test('three groups turned off in bulk are turned on again by undoing the batch, with progress and a result per row', async ({ page, request }) => {
  await page.goto(`/accounts/${ACCOUNT}/campaigns/${SMALL}/ad-groups`);
  const on = page.getByRole('table', { name: 'Ad groups' }).getByRole('switch', { checked: true });
  await expect(on.nth(2)).toBeVisible();
  const labels = await Promise.all([0, 1, 2].map((i) => on.nth(i).getAttribute('aria-label')));
  const names = labels.map((label) => (label ?? '').replace(/^On\/off: /, ''));
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  await page.getByRole('toolbar', { name: 'Actions on the selected ad groups' }).getByRole('button', { name: 'Turn off' }).click();
  await page.getByRole('dialog', { name: 'Turn off 3 ad groups?' }).getByRole('button', { name: 'Turn off' }).click();
  const results = page.getByRole('dialog', { name: 'Bulk action results' });
  await expect(results.getByRole('status')).toContainText('3 of 3 processed', { timeout: 15_000 });
  await results.getByRole('button', { name: 'Close' }).click();

  await page.goto(historyPath(SMALL, '?action=onOff'));
  const rows = page.getByRole('table', { name: 'Changes' }).getByTestId(/^change-\d+$/);
  await expect(rows).toHaveCount(3);
  for (const name of names) await expect(rows.filter({ hasText: name })).toContainText('On/off: On → Off');
  await rows.first().getByRole('button', { name: 'Undo the bulk action' }).click();

  const dialog = page.getByRole('dialog', { name: 'Undo the bulk action' });
  await expect(dialog).toContainText('3 changes of this bulk action');
  await dialog.getByRole('button', { name: 'Undo 3 changes' }).click();
  await expect(dialog.getByRole('status')).toContainText('3 of 3 processed', { timeout: 15_000 });
  for (const name of names) await expect(dialog.getByRole('row', { name: new RegExp(`${name}.*Undone`) })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The sandbox has them on again, and the undo is recorded as one new batch.
  const listed = (await (await request.get(`/api/adGroups?campaignId=${SMALL}`, { headers: json })).json()) as {
    content: { name: string; config: string }[];
  };
  for (const name of names) expect(listed.content.find((g) => g.name === name)?.config).toBe('ON');
  await expect(rows).toHaveCount(6);
  for (const row of await rows.all()) {
    if ((await row.textContent())?.includes('Off → On')) await expect(row).toContainText('Undo of an earlier change');
  }
});

test('an undo after someone changed the value again shows the three values and asks', async ({ page, request }) => {
  expect((await setBudgetElsewhere(request, LIVE.id, 250_000)).ok()).toBeTruthy();
  expect((await setBudgetElsewhere(request, LIVE.id, 270_000)).ok()).toBeTruthy();
  await page.goto(detailPath(LIVE.id));
  await openHistoryTab(page);
  const first = page.getByRole('table', { name: 'Changes' }).getByTestId(/^change-\d+$/).filter({ hasText: '₩200,000 → ₩250,000' });
  await first.getByRole('button', { name: `Undo: Daily budget of ${LIVE.name}` }).click();

  const dialog = page.getByRole('dialog', { name: 'The value changed again since' });
  await expect(dialog.getByRole('row', { name: /Daily budget/ })).toContainText(['₩200,000', '₩250,000', '₩270,000'].join(''));
  await expectNoSeriousA11yViolations(page);
  // Keeping is the default: nothing is sent.
  await dialog.getByRole('button', { name: 'Keep the current value' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await groupNow(request, LIVE.id)).dailyBudgetAmount).toBe(270_000);

  await first.getByRole('button', { name: `Undo: Daily budget of ${LIVE.name}` }).click();
  await page.getByRole('dialog', { name: 'The value changed again since' }).getByRole('button', { name: 'Put back the value before' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The change was undone.' })).toBeVisible();
  expect((await groupNow(request, LIVE.id)).dailyBudgetAmount).toBe(200_000);
});

test('a change Kakao refuses is recorded as refused, with Kakao’s message', async ({ page, request }) => {
  // Scripts bypass the browser's checks; Kakao refuses a budget under ₩10,000.
  const refused = await setBudgetElsewhere(request, LIVE.id, 5_000);
  expect(refused.ok()).toBeFalsy();
  const { extras } = (await refused.json()) as { extras: { detailMsg: string } };
  await page.goto(detailPath(LIVE.id));
  await openHistoryTab(page);
  const row = newestRow(page);
  await expect(row).toContainText('Refused');
  await expect(row).toContainText(extras.detailMsg);
  await expect(row).toContainText('Daily budget: ₩200,000 → ₩5,000');
  // Nothing happened at Kakao, so there is nothing to undo.
  await expect(row.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

test('the campaign history keeps its filters in the URL and exports an Excel-safe CSV', async ({ page, request }) => {
  // A refused create still names its group as sent: a formula a spreadsheet must not run.
  const formula = '=HYPERLINK("http://evil.example","x")';
  const create = await request.post('/api/adGroups', { headers: json, data: { campaign: { id: DISPLAY_VISIT }, name: formula } });
  expect(create.ok()).toBeFalsy();

  await page.goto(historyPath(DISPLAY_VISIT));
  await expect(page.getByRole('heading', { level: 1, name: 'Change history of the campaign' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Changes' }).getByTestId(/^change-\d+$/).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Action' }).selectOption('create');
  await expect(page).toHaveURL(/action=create/);
  const user = page.getByRole('textbox', { name: 'User' });
  await user.fill('김마케터');
  await user.press('Enter');
  await expect(page).toHaveURL(/user=%EA%B9%80/);
  const rows = page.getByRole('table', { name: 'Changes' }).getByTestId(/^change-\d+$/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(formula);
  await expectNoSeriousA11yViolations(page);

  // Bookmarkable: the same URL shows the same view.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Action' })).toHaveValue('create');
  await expect(rows).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await readFile(await (await download).path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toMatch(/^When \(Asia\/Seoul\),User,Ad group id,Ad group,Action/);
  expect(lines.slice(1).every((line) => line.includes(',Created,'))).toBe(true);
  expect(lines.some((line) => line.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`))).toBe(true);
  // No cell starts with a formula character, quoted or not.
  expect(lines.some((line) => /(^|,)"?[=+\-@]/.test(line))).toBe(false);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/action=/);
  expect(await rows.count()).toBeGreaterThan(1);
});
