import type { Locator, Page } from '@playwright/test';

/** The 7×24 schedule grid, by role: cells are named "Monday 09:00–10:00, on". */
export class ScheduleGridPage {
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid');
  }

  cell(day: string, hour: number): Locator {
    const from = String(hour).padStart(2, '0');
    const to = String(hour + 1).padStart(2, '0');
    return this.grid.getByRole('gridcell', { name: new RegExp(`^${day} ${from}:00–${to}:00,`) });
  }

  /** Click-drag across cells of one day: paints them with the opposite of the first cell's state. */
  async paint(day: string, fromHour: number, toHour: number): Promise<void> {
    const from = await this.cell(day, fromHour).boundingBox();
    const to = await this.cell(day, toHour).boundingBox();
    if (!from || !to) throw new Error('grid cells not visible');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }
}
