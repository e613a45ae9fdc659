import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

// The ad group detail page, on the sandbox's seed (mocks/data/seed-ad-groups.ts).
const ACCOUNT = 27429;
const detailPath = (campaignId: number, adGroupId: number) =>
  `/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups/${adGroupId}`;

test('open a Display group from the list and see its details', async ({ page }) => {
  await page.goto(`/accounts/${ACCOUNT}/campaigns/35001/ad-groups`);
  await page.getByRole('link', { name: '봄 기획전_2030 여성_수도권', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`${detailPath(35001, 54001)}$`));
  await expect(page.getByRole('heading', { level: 1, name: '봄 기획전_2030 여성_수도권' })).toBeVisible();
  await expect(page.getByTestId('fact-typeGoal')).toHaveText('Display · Visits');
  await expect(page.getByTestId('fact-placements')).toContainText('Kakao services, Kakao Talk, Daum, Network');
  await expect(page.getByTestId('fact-adServingCategories')).toHaveText('뉴스/미디어, 쇼핑, 라이프스타일');
  const targeting = page.getByRole('region', { name: 'Targeting' });
  await expect(targeting.getByText('Female')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Days and hours' })).toBeVisible();
  await expect(page.getByTestId('fact-bidStrategy')).toHaveText('Manual bidding');
  await expect(page.getByRole('button', { name: /daily budget of 봄 기획전_2030 여성_수도권/ })).toHaveText('₩200,000');
  await expectNoSeriousA11yViolations(page);

  // Back to the list by keyboard alone.
  await page.getByRole('link', { name: /Back to the ad groups/ }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/campaigns\/35001\/ad-groups$/);
});

test('edit and duplicate open the wizards', async ({ page }) => {
  await page.goto(detailPath(35001, 54001));
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(new RegExp(`${detailPath(35001, 54001)}/edit`));
  await page.goBack();
  await page.getByRole('link', { name: 'Duplicate' }).click();
  await expect(page).toHaveURL(/\/campaigns\/35001\/ad-groups\/new\?from=54001/);
});

test('a system-stopped group shows its reason and, when opened, its history', async ({ page }) => {
  await page.goto(detailPath(35001, 54003));
  const banner = page.getByTestId('system-stop');
  await expect(banner.getByText('An administrator stopped this ad group')).toBeVisible();
  await expect(banner.getByText('해당 광고그룹은 관리자정지 조치 취해졌습니다.')).toBeVisible();
  await expect(banner.getByText(/광고 심사 기준\(허위·과장 표현\) 위반/)).toBeVisible();

  const history = page.waitForResponse((response) => response.url().includes('/adGroups/54003/systemConfigHistories'));
  await banner.getByRole('button', { name: 'Show the stop history (last two years)' }).click();
  await history;
  const table = banner.getByRole('table', { name: /System stops in the last two years/ });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByText('Linked service restricted')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a Message group shows its totals, and cancelling its contract sticks', async ({ page }) => {
  await page.goto(detailPath(34097, 541620));
  await expect(page.getByRole('heading', { level: 1, name: '메시지_광고그룹' })).toBeVisible();
  // 152,340 messages × ₩15, plus 10 % VAT.
  await expect(page.getByTestId('fact-totalBudget')).toHaveText('₩2,285,100');
  await expect(page.getByTestId('fact-totalBudgetWithVAT')).toHaveText('₩2,513,610');
  await expect(page.getByTestId('fact-pushAlarm')).toHaveText(`Not sent ("don't send push notifications" is on)`);
  await expect(page.getByTestId('fact-sendingStatus')).toHaveText('Saved');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Cancel the contract of 메시지_광고그룹' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel the message sending contract?' });
  await expect(dialog).toContainText('can no longer send messages');
  await dialog.getByRole('button', { name: 'Cancel contract' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('fact-sendingStatus')).toHaveText('Contract cancelled');

  await page.reload();
  await expect(page.getByTestId('fact-sendingStatus')).toHaveText('Contract cancelled');
  await expect(page.getByRole('button', { name: /Cancel the contract/ })).toHaveCount(0);
  // Cancelling cannot be undone (issue 8): no switch and no Edit, and the page says why.
  await expect(page.getByText('Contract cancelled: this cannot be undone')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'On/off: 메시지_광고그룹' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
});

// One test per kind: axe takes a few seconds a page on this machine.
const KINDS = [
  { kind: 'Bizboard', campaignId: 33626, id: 54322, name: '카카오 비즈보드_방문_202205201557' },
  { kind: 'Video', campaignId: 35005, id: 54041, name: '런칭 영상_15초_전체 기기' },
  { kind: 'Message, stopped', campaignId: 34097, id: 54055, name: '채널 제재로 중단된 발송' },
  { kind: 'Personalized message', campaignId: 35007, id: 54061, name: '주문 완료 알림' },
  { kind: 'read-only Daum Shopping', campaignId: 35008, id: 54071, name: '쇼핑박스_가전 기획전' },
];
for (const { kind, campaignId, id, name } of KINDS) {
  test(`a ${kind} group passes axe, raw JSON open`, async ({ page }) => {
    await page.goto(detailPath(campaignId, id));
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await page.getByRole('button', { name: 'Show raw JSON' }).click();
    await expect(page.getByTestId('raw-json')).toContainText(`"id": ${id}`);
    await expectNoSeriousA11yViolations(page);
  });
}

test('an ad group that does not exist says so, with a way back', async ({ page }) => {
  await page.goto(detailPath(35001, 99999));
  await expect(page.getByRole('heading', { name: 'This ad group does not exist' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByTestId('empty-state').getByRole('link', { name: /Back to the ad groups/ }).click();
  await expect(page).toHaveURL(/\/campaigns\/35001\/ad-groups$/);
});
