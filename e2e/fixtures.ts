import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * The one extended `test` of the e2e suite (architecture.md):
 * - every test starts from the sandbox's seed (POST /api/__sandbox/reset, sandbox only),
 *   so no test depends on another's data;
 * - a `console.error` or an uncaught page error fails the test;
 * - `expectNoSeriousA11yViolations(page)` runs axe.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page, request }, use) => {
      const reset = await request.post('/api/__sandbox/reset', { headers: { 'Content-Type': 'application/json' } });
      expect(reset.ok(), 'sandbox reset').toBeTruthy();

      const errors: string[] = [];
      page.on('console', (message) => {
        // Chromium logs every 4xx/5xx response as "Failed to load resource"; refusals
        // are expected in some journeys and asserted on screen instead.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, 'serious or critical axe violations').toEqual([]);
}
