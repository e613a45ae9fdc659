import { DEMO_PORT } from '../playwright.config';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

// Walking skeleton: open the console on the sandbox, pick an account and a campaign,
// and see that campaign's ad groups, as `npm start` serves them.
test('pick an ad account and a campaign, then see its ad groups', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose an ad account' })).toBeVisible();

  // The pickers are native <select>s (decision 0006): choose by the option's text.
  const account = page.getByRole('combobox', { name: 'Ad account' });
  await expect(account.getByRole('option', { name: /한빛몰 광고계정/ })).toBeAttached();
  await account.selectOption({ label: (await account.getByRole('option', { name: /한빛몰 광고계정/ }).textContent()) ?? '' });
  await expect(page).toHaveURL(/\/accounts\/27429$/);

  // The picker names each campaign's type and goal, which only the detail call knows.
  const campaign = page.getByRole('combobox', { name: 'Campaign' });
  const spring = campaign.getByRole('option', { name: /디스플레이_방문_봄 시즌 기획전.*Display.*Visit/ });
  await expect(spring).toBeAttached();
  await campaign.selectOption({ label: (await spring.textContent()) ?? '' });

  await expect(page).toHaveURL(/\/accounts\/27429\/campaigns\/35001\/ad-groups/);
  const table = page.getByRole('table', { name: 'Ad groups' });
  await expect(table.getByRole('row', { name: /봄 기획전_2030 여성_수도권/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /봄 기획전_관리자 정지.*Stopped by admin/ })).toBeVisible();
});

test('a deep link to a list opens it directly', async ({ page }) => {
  await page.goto('/accounts/27429/campaigns/35001/ad-groups');
  await expect(page.getByRole('row', { name: /봄 기획전_리타게팅/ })).toBeVisible();
});

test('an unknown page says so', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
});

test('the first screens pass axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /한빛몰 광고계정/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/accounts/27429');
  await expect(page.getByRole('link', { name: /디스플레이_방문_봄 시즌 기획전/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/accounts/27429/campaigns/35001/ad-groups');
  await expect(page.getByRole('row', { name: /봄 기획전_리타게팅/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the static demo build answers from its MSW worker, under a sub-path', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${DEMO_PORT}/demo/`);
  await page.getByRole('link', { name: /한빛몰 광고계정/ }).click();
  await page.getByRole('link', { name: /디스플레이_방문_봄 시즌 기획전/ }).click();
  await expect(page.getByRole('row', { name: /봄 기획전_2030 여성_수도권/ })).toBeVisible();
  // No server of ours is behind this host: the answers can only come from the worker.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/mockServiceWorker\.js$/);
});
