import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import type { Page } from '@playwright/test';
import { CAMPAIGNS, DisplayWizardPage, GROUPS } from './pages/display-wizard';

type Body = Record<string, unknown> & {
  name?: string;
  targeting: Record<string, unknown[] | string | undefined>;
  schedule: Record<string, unknown>;
  bidStrategyTarget?: { type: string; value?: number };
};

test.describe('Display ad group wizard', () => {
  // Six steps with axe on each, on two cores: longer than the default 30 s.
  test.describe.configure({ timeout: 120_000 });

  test('creates a Display × Visit group with a painted schedule and a target CPC, axe on every step', async ({ page }) => {
    const wizard = new DisplayWizardPage(page);
    await wizard.openNew(CAMPAIGNS.displayVisit);
    await expect(page.getByRole('heading', { level: 1, name: 'New ad group' })).toBeVisible();
    await wizard.expectStep('Basics');
    await expect(wizard.name).toHaveValue(/^Display_Visits_\d{12}$/);
    await expectNoSeriousA11yViolations(page);
    await wizard.name.fill('E2E 방문_목표 CPC');

    await wizard.next('Placements and devices');
    await expect(page.getByRole('checkbox', { name: 'PC' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'PC' }).check();
    await expectNoSeriousA11yViolations(page);

    await wizard.next('Targeting');
    await expectNoSeriousA11yViolations(page);

    await wizard.next('Schedule');
    await wizard.grid.cell('Monday', 9).click();
    await expect(wizard.grid.cell('Monday', 9)).toHaveAttribute('aria-selected', 'false');
    await wizard.grid.paint('Tuesday', 0, 5);
    await expect(wizard.grid.cell('Tuesday', 3)).toHaveAttribute('aria-selected', 'false');
    await expectNoSeriousA11yViolations(page);

    await wizard.next('Budget and bidding');
    await page.getByRole('radio', { name: 'Automatic bidding' }).check();
    await page.getByRole('radio', { name: 'Target CPC' }).check();
    await page.getByLabel('Target value').fill('300');
    await expect(page.getByText('₩300', { exact: false }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await wizard.next('Review');
    const preview = (await wizard.showRequestBody()) as Body;
    expect(preview.bidStrategyTarget).toEqual({ type: 'TARGET_CPC', value: 300 });
    await expectNoSeriousA11yViolations(page);

    const request = await wizard.submit('Create ad group');
    const body = request.postDataJSON() as Body;
    expect(body).toMatchObject({
      name: 'E2E 방문_목표 CPC',
      bidStrategy: 'AUTOBID',
      bidAmount: 0,
      pacing: 'NONE',
      bidStrategyTarget: { type: 'TARGET_CPC', value: 300 },
      deviceTypes: ['ANDROID', 'IOS', 'PC'],
      allAvailablePlacement: true,
      allAvailableDeviceType: false,
    });
    expect(body).toEqual(preview);
    expect((body.schedule.mondayTime as string[])[9]).toBe('0');
    expect((body.schedule.tuesdayTime as string[]).slice(0, 6)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(body.schedule.detailTime).toBe(true);
    await wizard.expectOnDetailPage();
    await expect(page.getByText('Ad group "E2E 방문_목표 CPC" created.')).toBeVisible();
  });

  test('creates a Bizboard group with regions at all three depths', async ({ page }) => {
    const wizard = new DisplayWizardPage(page);
    await wizard.openNew(CAMPAIGNS.bizboardVisit);
    await wizard.name.fill('E2E 비즈보드 지역');
    await wizard.next('Placements and devices');
    await wizard.next('Targeting');
    await page.getByRole('radio', { name: 'Specific regions' }).check();
    await page.getByRole('checkbox', { name: '서울특별시', exact: true }).check();
    await page.getByRole('tab', { name: 'City/county/district' }).click();
    await page.getByLabel('Search cities, counties and districts').fill('장안구');
    await page.getByRole('checkbox', { name: '경기도 수원시 장안구' }).check();
    await page.getByRole('tab', { name: 'Town/township/neighbourhood' }).click();
    await page.getByLabel('Search towns, townships and neighbourhoods').fill('백운2동');
    await page.getByRole('checkbox', { name: /백운2동/ }).first().check();
    await wizard.next('Schedule');
    await wizard.next('Budget and bidding');
    await wizard.next('Review');
    const body = (await (await wizard.submit('Create ad group')).postDataJSON()) as Body;
    expect(body.targeting.locationType).toBe('AREA');
    expect(body.targeting.locations).toHaveLength(1);
    expect(body.targeting.depth2Locations).toHaveLength(1);
    expect(body.targeting.depth3Locations).toHaveLength(1);
    await wizard.expectOnDetailPage();
  });

  test('edits a group: the PUT body keeps every untouched field', async ({ page }) => {
    const wizard = new DisplayWizardPage(page);
    const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/adGroups/${GROUPS.displayLive}`);
    await wizard.openEdit(CAMPAIGNS.displayVisit, GROUPS.displayLive);
    const stored = (await (await loaded).json()) as Body;
    await expect(page.getByRole('heading', { level: 1, name: 'Edit ad group' })).toBeVisible();
    await expect(wizard.name).toHaveValue(String(stored.name));
    await page.goto(`${page.url()}?step=budget`);
    await wizard.expectStep('Budget and bidding');
    await page.getByLabel('Daily budget').fill('300000');
    await wizard.next('Review');
    const body = (await (await wizard.submit('Save changes', 'PUT')).postDataJSON()) as Body;
    expect(body.id).toBe(GROUPS.displayLive);
    expect(body.dailyBudgetAmount).toBe(300000);
    expect(body.name).toBe(stored.name);
    expect(body.bidAmount).toBe(stored.bidAmount);
    expect(body.pricingType).toBe(stored.pricingType);
    expect(body.pacing).toBe(stored.pacing);
    expect(body.deviceTypes).toEqual(stored.deviceTypes);
    expect(body.targeting.ages).toEqual(stored.targeting.ages);
    expect(body.targeting.locations).toEqual(stored.targeting.locations);
    expect(body.schedule.beginDate).toBe(stored.schedule.beginDate);
    expect(body.schedule.mondayTime).toEqual(stored.schedule.mondayTime);
    await wizard.expectOnDetailPage();
  });

  test.describe('two tabs editing one group', () => {
    /** Tab A renames the group through the edit wizard and saves. */
    async function renameInTabA(page: Page, name: string): Promise<void> {
      const tabA = new DisplayWizardPage(page);
      await tabA.openEdit(CAMPAIGNS.displayVisit, GROUPS.displayLive);
      await expect(page.getByRole('heading', { level: 1, name: 'Edit ad group' })).toBeVisible();
      await tabA.name.fill(name);
      for (const step of ['Placements and devices', 'Targeting', 'Schedule', 'Budget and bidding', 'Review']) await tabA.next(step);
      expect(((await (await tabA.submit('Save changes', 'PUT')).postDataJSON()) as Body).name).toBe(name);
      await tabA.expectOnDetailPage();
    }

    /** Tab B, opened before A saved, sits on the budget step with the old values. */
    async function openTabB(page: Page): Promise<DisplayWizardPage> {
      const tabB = new DisplayWizardPage(page);
      await tabB.openEdit(CAMPAIGNS.displayVisit, GROUPS.displayLive);
      await expect(tabB.name).not.toHaveValue('');
      return tabB;
    }

    test('a name changed in tab A survives tab B’s budget save', async ({ page, context }) => {
      const tabB = await openTabB(page);
      await renameInTabA(await context.newPage(), '탭 A에서 바꾼 이름');
      // Through Next, not a reload: tab B keeps the form it loaded before A saved.
      for (const step of ['Placements and devices', 'Targeting', 'Schedule', 'Budget and bidding']) await tabB.next(step);
      await page.getByLabel('Daily budget').fill('300000');
      await tabB.next('Review');
      const body = (await (await tabB.submit('Save changes', 'PUT')).postDataJSON()) as Body;
      expect(body.name).toBe('탭 A에서 바꾼 이름');
      expect(body.dailyBudgetAmount).toBe(300000);
      await tabB.expectOnDetailPage();
    });

    test('a name changed in both tabs is shown side by side, and nothing is sent until the user chooses', async ({
      page,
      context,
    }) => {
      const tabB = await openTabB(page);
      await renameInTabA(await context.newPage(), '탭 A의 이름');
      await tabB.name.fill('탭 B의 이름');
      for (const step of ['Placements and devices', 'Targeting', 'Schedule', 'Budget and bidding', 'Review']) await tabB.next(step);
      const puts: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'PUT') puts.push(r.url());
      });
      await page.getByRole('button', { name: 'Save changes' }).click();
      const dialog = page.getByRole('dialog', { name: 'This ad group was changed elsewhere' });
      await expect(dialog).toBeVisible();
      const field = dialog.getByRole('radiogroup', { name: 'Ad group name' });
      await expect(field.getByRole('radio', { name: /Your value here/ })).toHaveAccessibleDescription('탭 B의 이름');
      await expect(field.getByRole('radio', { name: /Value saved elsewhere/ })).toHaveAccessibleDescription('탭 A의 이름');
      await expect(dialog.getByRole('button', { name: 'Save with these choices' })).toBeDisabled();
      await expectNoSeriousA11yViolations(page);
      expect(puts).toEqual([]);
      await field.getByRole('radio', { name: /Value saved elsewhere/ }).check();
      const put = page.waitForRequest((r) => r.method() === 'PUT' && new URL(r.url()).pathname === '/api/adGroups');
      await dialog.getByRole('button', { name: 'Save with these choices' }).click();
      expect(((await (await put).postDataJSON()) as Body).name).toBe('탭 A의 이름');
      await tabB.expectOnDetailPage();
    });
  });

  test('duplicates a group into a prefilled create named "… (copy)"', async ({ page }) => {
    const wizard = new DisplayWizardPage(page);
    await wizard.openNew(CAMPAIGNS.displayVisit, `?from=${GROUPS.displayLive}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Duplicate ad group' })).toBeVisible();
    await expect(wizard.name).toHaveValue(/ \(copy\)$/);
    await page.goto(`${page.url()}&step=review`);
    const body = (await (await wizard.submit('Create ad group')).postDataJSON()) as Body;
    expect(body.name).toMatch(/ \(copy\)$/);
    expect(body).not.toHaveProperty('id');
    await wizard.expectOnDetailPage();
  });

  test('offers the draft back after a reload', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    const wizard = new DisplayWizardPage(page);
    await wizard.openNew(CAMPAIGNS.displayVisit);
    await wizard.name.fill('초안 복구 테스트');
    await expect(page.getByText('Your work is saved as a draft')).toBeVisible();
    await page.reload();
    await expect(page.getByText('You have unsaved work')).toBeVisible();
    await expect(wizard.name).not.toHaveValue('초안 복구 테스트');
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(wizard.name).toHaveValue('초안 복구 테스트');
  });

  test('opening and reloading without typing offers no draft', async ({ page }) => {
    const wizard = new DisplayWizardPage(page);
    // The category look-up sets a default after mount: that is not the user's input.
    const categories = page.waitForResponse((r) => r.url().includes('/targetings/placement/adServingCategories'));
    await wizard.openNew(CAMPAIGNS.displayVisit, '?step=placements');
    await categories;
    await wizard.expectStep('Placements and devices');
    await page.reload();
    await wizard.expectStep('Placements and devices');
    await expect(page.getByText('You have unsaved work')).toHaveCount(0);
  });

  test('a discarded draft stays gone after the next reload', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    const wizard = new DisplayWizardPage(page);
    await wizard.openNew(CAMPAIGNS.displayVisit);
    await wizard.name.fill('버릴 초안');
    await expect(page.getByText('Your work is saved as a draft')).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByText('You have unsaved work')).toHaveCount(0);
    await page.reload();
    await expect(wizard.name).toBeVisible();
    await expect(page.getByText('You have unsaved work')).toHaveCount(0);
  });

  test('shows Kakao’s refusal at the field it names, keeping what was typed', async ({ page }) => {
    const detailMsg = '광고그룹 일예산은 캠페인 일예산을 넘을 수 없습니다.';
    await page.route('**/api/adGroups', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({ code: -813, msg: 'KakaoMomentException', extras: { detailCode: 32021, detailMsg } }),
          })
        : route.fallback(),
    );
    const wizard = new DisplayWizardPage(page);
    await wizard.openNew(CAMPAIGNS.displayVisit, '?step=review');
    await wizard.submit('Create ad group');
    await wizard.expectStep('Budget and bidding');
    const budget = page.getByLabel('Daily budget');
    await expect(budget).toHaveAccessibleDescription(new RegExp(detailMsg));
    await expect(budget).toHaveValue('100000');
  });

  test('runs the whole wizard with the keyboard only, grid included', async ({ page }) => {
    const wizard = new DisplayWizardPage(page);
    await wizard.openNew(CAMPAIGNS.displayVisit);
    const tabTo = async (name: RegExp | string, role: 'button' | 'textbox' | 'gridcell' | 'radio' = 'button') => {
      const target = page.getByRole(role, { name }).first();
      for (let i = 0; i < 400; i += 1) {
        if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`could not reach ${String(name)} with Tab`);
    };
    await tabTo('Ad group name', 'textbox');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('키보드 전용');
    for (const step of ['Placements and devices', 'Targeting', 'Schedule']) {
      await tabTo('Next');
      await page.keyboard.press('Enter');
      await wizard.expectStep(step);
    }
    await tabTo(/^Monday 00:00–01:00/, 'gridcell');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(wizard.grid.cell('Monday', 1)).toHaveAttribute('aria-selected', 'false');
    await tabTo('Next');
    await page.keyboard.press('Enter');
    await wizard.expectStep('Budget and bidding');
    await tabTo('Next');
    await page.keyboard.press('Enter');
    await wizard.expectStep('Review');
    await tabTo('Create ad group');
    const request = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/adGroups');
    await page.keyboard.press('Enter');
    const body = (await request).postDataJSON() as Body;
    expect(body.name).toBe('키보드 전용');
    expect((body.schedule.mondayTime as string[]).slice(0, 2)).toEqual(['0', '0']);
    await wizard.expectOnDetailPage();
  });

  test('a read-only campaign type gets a clear page, not a form', async ({ page }) => {
    const wizard = new DisplayWizardPage(page);
    await wizard.openNew(CAMPAIGNS.daumShopping);
    await expect(page.getByRole('heading', { level: 1, name: 'Campaign type not supported' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the ad group list' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
