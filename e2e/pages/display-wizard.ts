import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { ScheduleGridPage } from './schedule-grid';

export const ACCOUNT = 27429;
export const CAMPAIGNS = { displayVisit: 35001, bizboardVisit: 33626, daumShopping: 35008 } as const;
export const GROUPS = { displayLive: 54001 } as const;

/** The Display ad group wizard, by role and label. */
export class DisplayWizardPage {
  readonly grid: ScheduleGridPage;

  constructor(readonly page: Page) {
    this.grid = new ScheduleGridPage(page);
  }

  async openNew(campaignId: number, search = ''): Promise<void> {
    await this.page.goto(`/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups/new${search}`);
  }

  async openEdit(campaignId: number, adGroupId: number): Promise<void> {
    await this.page.goto(`/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups/${adGroupId}/edit`);
  }

  stepHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  async expectStep(name: string): Promise<void> {
    await expect(this.stepHeading(name)).toBeVisible();
  }

  async next(expected: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
    await this.expectStep(expected);
  }

  get name(): Locator {
    return this.page.getByLabel('Ad group name');
  }

  /** Clicks Submit and returns the one POST/PUT /api/adGroups it sends. */
  async submit(label: string, method: 'POST' | 'PUT' = 'POST'): Promise<Request> {
    const request = this.page.waitForRequest(
      (r) => r.method() === method && new URL(r.url()).pathname === '/api/adGroups',
    );
    await this.page.getByRole('button', { name: label }).click();
    return request;
  }

  async showRequestBody(): Promise<unknown> {
    await this.page.getByRole('button', { name: 'Show the request body' }).click();
    const text = await this.page.getByTestId('request-body').textContent();
    return JSON.parse(text ?? '{}');
  }

  async expectOnDetailPage(): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`/accounts/${ACCOUNT}/campaigns/\\d+/ad-groups/\\d+$`));
  }
}
