import { expect, type Locator, type Page } from '@playwright/test';

export const ACCOUNT = 27429;
export const MESSAGE_CAMPAIGN = 34097;
export const PERSONALIZED_CAMPAIGN = 35007;

/** The Message ad group wizard and the Personalized message form, by role and label. */
export class MessageWizardPage {
  constructor(readonly page: Page) {}

  async openNew(campaignId: number = MESSAGE_CAMPAIGN): Promise<void> {
    await this.page.goto(`/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups/new`);
  }

  async openEdit(adGroupId: number, campaignId: number = MESSAGE_CAMPAIGN, step?: string): Promise<void> {
    const search = step ? `?step=${step}` : '';
    await this.page.goto(`/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups/${adGroupId}/edit${search}`);
  }

  async expectStep(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  population(): Locator {
    return this.page.getByRole('group', { name: 'Estimated recipients' });
  }

  price(): Locator {
    return this.page.getByTestId('message-price');
  }

  budgetRow(name: string): Locator {
    return this.page.getByRole('table', { name: 'Budget' }).getByRole('row', { name: new RegExp(name) });
  }

  count(): Locator {
    return this.page.getByRole('textbox', { name: 'Number of messages' });
  }

  async chooseAges(...labels: string[]): Promise<void> {
    await this.page.getByRole('radio', { name: 'Specific ages' }).check();
    const group = this.page.getByRole('group', { name: 'Chosen ages' });
    for (const label of labels) await group.getByRole('checkbox', { name: label }).check();
  }

  /** The id in a detail URL, after a save. */
  async savedId(): Promise<number> {
    await expect(this.page).toHaveURL(/\/ad-groups\/\d+$/);
    return Number(/\/ad-groups\/(\d+)$/.exec(this.page.url())?.[1]);
  }

  /** Presses Tab until `target` has the focus: the keyboard-only way to reach a control. */
  async tabTo(target: Locator, max = 80): Promise<void> {
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error('Tab never reached the control');
  }
}
