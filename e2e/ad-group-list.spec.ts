import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

// The ad group list on the sandbox's seed (mocks/data/seed-*.ts).
const ACCOUNT = 27429;
const DISPLAY_VISIT = 35001;
const BULK = 35010; // about 300 groups
const LIVE = '봄 기획전_2030 여성_수도권';
const listPath = (campaignId: number, search = '') => `/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups${search}`;

const rowNamed = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Ad groups' }).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

test('switch a group off, and it is still off after a reload', async ({ page }) => {
  await page.goto(listPath(DISPLAY_VISIT));
  const toggle = rowNamed(page, LIVE).getByRole('switch', { name: `On/off: ${LIVE}` });
  await expect(toggle).toBeChecked();
  // Keyboard: the switch is a checkbox, Space toggles it.
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect(rowNamed(page, LIVE).getByText('Off', { exact: true })).toBeVisible();

  await page.reload();
  await expect(rowNamed(page, LIVE).getByRole('switch')).not.toBeChecked();
});

test('edit a daily budget inline: a value below the minimum is refused, Enter saves', async ({ page }) => {
  await page.goto(listPath(DISPLAY_VISIT));
  const row = rowNamed(page, LIVE);
  await row.getByRole('button', { name: `Edit daily budget of ${LIVE}` }).click();
  const input = row.getByRole('textbox', { name: `daily budget of ${LIVE}` });
  await input.fill('9990');
  await input.press('Enter');
  await expect(row.getByText('The daily budget must be at least ₩10,000.')).toBeVisible();

  await input.fill('20000');
  await input.press('Enter');
  await expect(row.getByRole('button', { name: `Edit daily budget of ${LIVE}` })).toHaveText('₩20,000');
  await page.reload();
  await expect(rowNamed(page, LIVE).getByRole('button', { name: `Edit daily budget of ${LIVE}` })).toHaveText('₩20,000');
});

test('a deleted group leaves the default list and shows under the Deleted filter', async ({ page }) => {
  await page.goto(listPath(DISPLAY_VISIT));
  const name = '봄 기획전_리타게팅';
  await rowNamed(page, name).getByRole('button', { name: `Delete ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the ad group?' });
  await expect(dialog).toContainText('All creatives of the ad group are deleted.');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rowNamed(page, name)).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Deleted' }).check();
  await expect(page).toHaveURL(/config=ON%2COFF%2CDEL|config=ON,OFF,DEL/);
  await expect(rowNamed(page, name)).toBeVisible();
  await expect(rowNamed(page, name).getByText('Deleted', { exact: true })).toBeVisible();
  // Bookmarkable: the same URL shows the same view.
  await page.reload();
  await expect(rowNamed(page, name)).toBeVisible();
});

test('turn several groups off at once, with a result for each', async ({ page }) => {
  await page.goto(listPath(DISPLAY_VISIT));
  for (const name of [LIVE, '봄 기획전_평일 업무시간_PC', '봄 기획전_리타게팅']) {
    await rowNamed(page, name).getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  const toolbar = page.getByRole('toolbar', { name: 'Actions on the selected ad groups' });
  await expect(toolbar).toContainText('3 selected');
  await toolbar.getByRole('button', { name: 'Turn off' }).click();
  const confirm = page.getByRole('dialog', { name: 'Turn off 3 ad groups?' });
  await expect(confirm).toContainText('1 cannot take this action and will be skipped.');
  await confirm.getByRole('button', { name: 'Turn off' }).click();

  const results = page.getByRole('dialog', { name: 'Bulk action results' });
  await expect(results.getByRole('status')).toContainText('3 of 3 processed', { timeout: 10_000 });
  await expect(results.getByRole('row', { name: new RegExp(`${LIVE}.*Done`) })).toBeVisible();
  await expect(results.getByRole('row', { name: /봄 기획전_리타게팅.*Skipped/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await results.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(rowNamed(page, LIVE).getByRole('switch')).not.toBeChecked();
  await expect(rowNamed(page, '봄 기획전_평일 업무시간_PC').getByRole('switch')).not.toBeChecked();
});

test('export the current view as CSV, with a BOM so Excel reads Korean', async ({ page }) => {
  await page.goto(listPath(DISPLAY_VISIT, '?q=%EB%A6%AC%ED%83%80%EA%B2%8C%ED%8C%85')); // q=리타게팅
  await expect(page.getByRole('table', { name: 'Ad groups' }).getByTestId(/^ad-group-\d+$/)).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await readFile(await (await download).path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toMatch(/^ID,Name,Status,System status/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('봄 기획전_리타게팅');
});

test('the 300-group campaign scrolls and searches smoothly', async ({ page }) => {
  await page.goto(listPath(BULK));
  const table = page.getByRole('table', { name: 'Ad groups' });
  await expect(page.getByText('Ad groups: 279')).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '280');
  // Virtualized: only the rows near the screen are in the DOM.
  expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(table.locator('tr[aria-rowindex="280"]')).toBeVisible();
  // Details arrive for the rows now on screen.
  await expect(table.locator('tr[aria-rowindex="280"]').getByRole('button', { name: /^Edit daily budget/ })).toBeVisible();

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('_300');
  await expect(page.getByText('Showing 1 of 279')).toBeVisible();
  await expect(table.getByRole('link', { name: '요가 매트_수도권_300', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/q=_300/);

  await page.getByRole('searchbox', { name: 'Search by name' }).fill('');
  await page.getByRole('checkbox', { name: /^Select all 279 shown/ }).check();
  await expect(page.getByRole('toolbar', { name: 'Actions on the selected ad groups' })).toContainText('279 selected');
});

test('the list passes axe, with a selection and under the Deleted filter', async ({ page }) => {
  await page.goto(listPath(DISPLAY_VISIT));
  await expect(rowNamed(page, LIVE).getByRole('button', { name: `Edit daily budget of ${LIVE}` })).toBeVisible();
  await rowNamed(page, LIVE).getByRole('checkbox', { name: `Select ${LIVE}` }).check();
  await expectNoSeriousA11yViolations(page);
  await page.goto(listPath(DISPLAY_VISIT, '?config=DEL'));
  await expect(page.getByRole('table', { name: 'Ad groups' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

/** RFC 4180 fields of one line (quoted fields may hold commas). */
const csvFields = (line: string) =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));

test('the 300-group campaign fills every detail in the background, with progress', async ({ page }) => {
  test.setTimeout(90_000); // 279 reads, a few at a time, on a busy machine
  await page.goto(listPath(BULK));
  await expect(page.getByText(/^Details \d+ \/ 279$/)).toBeVisible();
  await expect(page.getByText('Details of all 279 ad groups loaded')).toBeAttached({ timeout: 60_000 });
  // The rows far below were never on screen, yet their details are in.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = page.getByRole('table', { name: 'Ad groups' }).locator('tr[aria-rowindex="280"]');
  await expect(last.getByRole('button', { name: /^Edit daily budget/ })).toBeVisible();
});

test('on the 300-group campaign, a budget sort and the CSV wait for every detail, then cover the whole view', async ({ page }) => {
  test.setTimeout(90_000);
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let passed = 0;
  await page.route(/\/api\/adGroups\/\d+$/, async (route) => {
    passed += 1;
    if (passed > 30) await gate;
    await route.continue();
  });
  await page.goto(listPath(BULK));
  await expect(page.getByText('Ad groups: 279')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Ad groups' }).getByTestId(/^ad-group-\d+$/);
  const firstByName = await rows.first().getAttribute('data-testid');

  await page.getByRole('button', { name: /^Daily budget/ }).click();
  await expect(page.getByText('Sorting by Daily budget once every detail is in.')).toBeVisible();
  await expect(page.getByText('Details 30 / 279')).toBeVisible();
  // Thirty details are in, and nothing moved: the order waits for all of them.
  await expect(rows.first()).toHaveAttribute('data-testid', firstByName ?? '');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText('The CSV downloads once every detail is in.')).toBeVisible();

  release();
  const lines = (await readFile(await (await download).path())).toString('utf8').slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(280);
  const header = csvFields(lines[0]);
  const budgetColumn = header.findIndex((name) => name === 'Daily budget');
  expect(budgetColumn).toBeGreaterThan(0);
  const budgets = lines.slice(1).map((line) => Number(csvFields(line)[budgetColumn]));
  // Every row has its budget, not only the ones scrolled into view, in ascending order.
  expect(budgets.every((budget) => budget >= 10_000)).toBe(true);
  expect(budgets).toEqual([...budgets].sort((a, b) => a - b));
  await expect(page.getByText('Sorting by Daily budget once every detail is in.')).toHaveCount(0);
  const cheapest = new Intl.NumberFormat('ko-KR').format(budgets[0]);
  await expect(rows.first().getByRole('button', { name: /^Edit daily budget/ })).toHaveText(`₩${cheapest}`);
});
