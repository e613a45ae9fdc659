import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { MessageWizardPage } from './pages/message-wizard';

// 한빛몰 (_ZQxd) has 152,340 friends; ages 30–39 are 2 of 12 bands: 25,390 people.
const TARGETED_ESTIMATE = '25,390 people';

// Five steps with axe on several, then an edit and a cancel, on two busy cores: longer than 30 s.
test.describe.configure({ timeout: 120_000 });

test('create a targeted Message group: price 20, live estimate, totals with VAT; edit it; cancel its contract', async ({ page }) => {
  const wizard = new MessageWizardPage(page);
  await wizard.openNew();
  await expect(page.getByRole('heading', { level: 1, name: 'New Message ad group' })).toBeVisible();
  await wizard.expectStep('Basics');
  await expect(page.getByRole('table', { name: 'Set by Kakao for Message ad groups' })).toContainText('CPMS');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('textbox', { name: 'Ad group name' }).fill('E2E 메시지_타겟');
  await wizard.next();

  await wizard.expectStep('Targeting');
  await expect(wizard.population()).toContainText('152,340 people');
  await wizard.chooseAges('30–34', '35–39');
  await expect(wizard.population()).toContainText(TARGETED_ESTIMATE);
  await expectNoSeriousA11yViolations(page);
  await wizard.next();

  await wizard.expectStep('Messages and budget');
  await expect(wizard.price()).toContainText('₩20');
  await expect(wizard.population()).toContainText(TARGETED_ESTIMATE);
  await expect(wizard.count()).toHaveAccessibleDescription(/From 1 to 25,390/);
  await wizard.count().fill('30000');
  await wizard.next();
  await expect(wizard.count()).toHaveAccessibleDescription(/Send at most 25,?390 messages/);
  await wizard.count().fill('1000');
  await expect(wizard.budgetRow('Messages × price')).toContainText('₩20,000');
  await expect(wizard.budgetRow('^VAT')).toContainText('₩2,000');
  await expect(wizard.budgetRow('Total with VAT')).toContainText('₩22,000');
  await expect(page.getByText(/deducted from the ad account’s balance/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Don’t send push notifications' }).check();
  await page.getByRole('combobox', { name: 'Distributed sending' }).selectOption('500');
  await expectNoSeriousA11yViolations(page);
  await wizard.next();

  await wizard.expectStep('Schedule');
  await page.getByRole('checkbox', { name: 'Send to new friends after sending to all' }).check();
  await wizard.next();
  await expect(page.getByLabel('End date')).toHaveAccessibleDescription(/A long-term run needs an end date and time/);
  await page.getByRole('checkbox', { name: 'Send to new friends after sending to all' }).uncheck();
  await expectNoSeriousA11yViolations(page);
  await wizard.next();

  await wizard.expectStep('Review');
  const summary = page.getByRole('table', { name: 'Summary' });
  await expect(summary).toContainText('Targeted (20 won per message)');
  await expect(summary).toContainText('₩22,000');
  await page.getByRole('button', { name: 'Show the request body' }).click();
  await expect(page.getByTestId('request-body')).toContainText('"bidAmount": 20');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Create ad group' }).click();

  const id = await wizard.savedId();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E 메시지_타겟' })).toBeVisible();

  // Edit: the form comes back filled; change the count and save (PUT with every field).
  await wizard.openEdit(id, undefined, 'sending');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Message ad group' })).toBeVisible();
  await expect(wizard.count()).toHaveValue('1000');
  await expect(wizard.price()).toContainText('₩20');
  await expect(wizard.population()).toContainText(TARGETED_ESTIMATE);
  await wizard.count().fill('2000');
  await expect(wizard.budgetRow('Total with VAT')).toContainText('₩44,000');
  await wizard.next();
  await wizard.expectStep('Schedule');
  await wizard.next();
  const put = page.waitForRequest((r) => r.url().endsWith('/api/adGroups') && r.method() === 'PUT');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const body = (await put).postDataJSON() as Record<string, unknown>;
  expect(body).toMatchObject({ id, placements: ['KAKAO_TALK'], pricingType: 'CPMS', bidAmount: 20, dailyBudgetAmount: 0 });
  await wizard.savedId();
  await expect(page.getByTestId('fact-totalBudgetWithVAT')).toHaveText('₩44,000');

  // Cancel the contract from the detail page.
  await page.getByRole('button', { name: 'Cancel the contract of E2E 메시지_타겟' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel the message sending contract?' });
  await dialog.getByRole('button', { name: 'Cancel contract' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('fact-sendingStatus')).toHaveText('Contract cancelled');
});

test('a refusal from Kakao is shown at its field, and what was typed stays', async ({ page }) => {
  await page.route('**/api/adGroups', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            code: -813,
            msg: 'KakaoMomentException',
            extras: { detailCode: 22086, detailMsg: '지역은 최대 100개까지 선택할 수 있습니다.' },
          }),
        })
      : route.fallback(),
  );
  const wizard = new MessageWizardPage(page);
  await wizard.openNew();
  await page.getByRole('textbox', { name: 'Ad group name' }).fill('거절될 그룹');
  await wizard.next();
  await expect(wizard.population()).toContainText('152,340 people');
  await wizard.next();
  await wizard.count().fill('152340');
  await wizard.next();
  await wizard.next();
  await page.getByRole('button', { name: 'Create ad group' }).click();

  // 22086 points at the regions: the wizard goes back to the targeting step and says why.
  await wizard.expectStep('Targeting');
  await expect(page.getByText('지역은 최대 100개까지 선택할 수 있습니다.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Basics/ }).click();
  await expect(page.getByRole('textbox', { name: 'Ad group name' })).toHaveValue('거절될 그룹');
});

test('keyboard only: create an untargeted Message group', async ({ page }) => {
  const wizard = new MessageWizardPage(page);
  await wizard.openNew();
  const name = page.getByRole('textbox', { name: 'Ad group name' });
  await wizard.tabTo(name);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('키보드 메시지');
  await page.keyboard.press('Enter');
  await wizard.expectStep('Targeting');
  await expect(wizard.population()).toContainText('152,340 people');
  await wizard.tabTo(page.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');
  await wizard.expectStep('Messages and budget');
  await expect(wizard.price()).toContainText('₩15');
  await wizard.tabTo(wizard.count());
  await page.keyboard.type('152340');
  await page.keyboard.press('Enter');
  await wizard.expectStep('Schedule');
  await wizard.tabTo(page.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');
  await wizard.expectStep('Review');
  await wizard.tabTo(page.getByRole('button', { name: 'Create ad group' }));
  await page.keyboard.press('Enter');
  await wizard.savedId();
  await expect(page.getByRole('heading', { level: 1, name: '키보드 메시지' })).toBeVisible();
});

test('what was typed is kept as a draft; leaving asks first; the draft comes back', async ({ page }) => {
  const wizard = new MessageWizardPage(page);
  await wizard.openNew();
  await page.getByRole('textbox', { name: 'Ad group name' }).fill('초안 메시지');
  await expect(page.getByText('Your work is saved as a draft')).toBeVisible();

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);

  const banner = page.getByRole('region', { name: 'You have unsaved work' });
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('textbox', { name: 'Ad group name' })).toHaveValue('초안 메시지');
  await expectNoSeriousA11yViolations(page);
});
