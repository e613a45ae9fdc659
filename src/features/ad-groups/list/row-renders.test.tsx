// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api, where the client sends from this origin.
import { screen } from '@testing-library/react';
import { createElement } from 'react';
import { delay, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { CAMPAIGN_IDS } from '../../../../mocks/data/seed-campaigns';
import { installMockWorld } from '../../../testing/mock-world';
import { listPath, PAGE_LOAD, renderAt } from './list-test-kit';

// Every row renders one ConfigBadge per render of the row: counting the badge counts rows.
const badgeRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../components/status-badge', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../components/status-badge')>();
  return {
    ...original,
    ConfigBadge: (props: Parameters<typeof original.ConfigBadge>[0]) => {
      badgeRenders.count += 1;
      return createElement(original.ConfigBadge, props);
    },
  };
});

const world = installMockWorld();

describe('the real list, rendering', { timeout: 90_000 }, () => {
  it("re-renders a row once for its own arriving detail, never for another row's", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let answered = 0;
    // Held until the page has settled, then one detail at a time, as over a network (the
    // sandbox alone answers them all at once, and React would batch them into one render).
    world.server.use(http.get('*/api/adGroups/:id', async () => (await gate, delay(50 * ++answered))));
    renderAt(listPath(CAMPAIGN_IDS.displayVisit));
    const rows = await screen.findAllByTestId(/^ad-group-\d+$/, {}, PAGE_LOAD);
    // The campaign's facts are in once the rows offer actions.
    await screen.findAllByRole('switch', {}, PAGE_LOAD);
    badgeRenders.count = 0;
    release();
    await screen.findByText(`Details of all ${rows.length} ad groups loaded`, {}, { timeout: 30_000 });
    expect(badgeRenders.count).toBe(rows.length);
  });
});
