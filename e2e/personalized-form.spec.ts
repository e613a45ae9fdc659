import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { MessageWizardPage, PERSONALIZED_CAMPAIGN } from './pages/message-wizard';

test('create and rename a Personalized message group', async ({ page }) => {
  const form = new MessageWizardPage(page);
  await form.openNew(PERSONALIZED_CAMPAIGN);
  await expect(page.getByRole('heading', { level: 1, name: 'New Personalized message ad group' })).toBeVisible();
  await expect(page.getByRole('main').getByText('개인화 메시지_도달_주문 알림')).toBeVisible();
  await expect(page.getByText('Obligations regarding personal information processing')).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Ad group name' });
  await expect(name).toHaveValue(/^개인화 메시지_도달_\d{12}$/);
  await expectNoSeriousA11yViolations(page);

  await name.fill('주문 알림_E2E');
  const post = page.waitForRequest((r) => r.url().endsWith('/api/adGroups') && r.method() === 'POST');
  await page.getByRole('button', { name: 'Create ad group' }).click();
  expect((await post).postDataJSON()).toEqual({ campaign: { id: PERSONALIZED_CAMPAIGN }, name: '주문 알림_E2E' });
  const id = await form.savedId();
  await expect(page.getByRole('heading', { level: 1, name: '주문 알림_E2E' })).toBeVisible();

  await form.openEdit(id, PERSONALIZED_CAMPAIGN);
  await expect(page.getByRole('heading', { level: 1, name: 'Rename Personalized message ad group' })).toBeVisible();
  await expect(name).toHaveValue('주문 알림_E2E');
  await expectNoSeriousA11yViolations(page);
  await name.fill('주문 알림_이름 변경');
  const put = page.waitForRequest((r) => r.url().endsWith('/api/adGroups') && r.method() === 'PUT');
  await page.getByRole('button', { name: 'Save name' }).click();
  expect((await put).postDataJSON()).toEqual({ id, campaign: { id: PERSONALIZED_CAMPAIGN }, name: '주문 알림_이름 변경' });
  await form.savedId();
  await expect(page.getByRole('heading', { level: 1, name: '주문 알림_이름 변경' })).toBeVisible();
});

test('a name over 50 characters is refused before sending, and a Kakao refusal shows its detailMsg', async ({ page }) => {
  await page.route('**/api/adGroups', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ code: -813, msg: 'KakaoMomentException', extras: { detailCode: 31002, detailMsg: '광고그룹 이름이 중복됩니다.' } }),
        })
      : route.fallback(),
  );
  const form = new MessageWizardPage(page);
  await form.openNew(PERSONALIZED_CAMPAIGN);
  const name = page.getByRole('textbox', { name: 'Ad group name' });
  await name.fill('가'.repeat(51));
  await page.getByRole('button', { name: 'Create ad group' }).click();
  await expect(name).toHaveAccessibleDescription(/at most 50 characters/);

  await name.fill('중복 이름');
  await page.getByRole('button', { name: 'Create ad group' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '광고그룹 이름이 중복됩니다.' })).toBeVisible();
  await expect(name).toHaveValue('중복 이름');
});

test('keyboard only: create a Personalized message group', async ({ page }) => {
  const form = new MessageWizardPage(page);
  await form.openNew(PERSONALIZED_CAMPAIGN);
  const name = page.getByRole('textbox', { name: 'Ad group name' });
  await form.tabTo(name);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('키보드 개인화');
  await form.tabTo(page.getByRole('button', { name: 'Create ad group' }));
  await page.keyboard.press('Enter');
  await form.savedId();
  await expect(page.getByRole('heading', { level: 1, name: '키보드 개인화' })).toBeVisible();
});
