// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers /api at http://localhost; the console server's /console/changes
// is played here by a handler over a fixed set of records.
import { screen, waitFor, within } from '@testing-library/react';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient, renderWithProviders } from '../../testing/render';
import { installMockWorld } from '../../testing/mock-world';
import { db } from '../../../mocks/db';
import { AD_GROUP_IDS } from '../../../mocks/data/seed-ad-groups';
import { ACCOUNT_IDS } from '../../../mocks/data/seed-accounts';
import { CAMPAIGN_IDS } from '../../../mocks/data/seed-campaigns';
import type { ChangeRecord } from '../../api/contracts/changes';
import { createAppRouter } from '../../app/router';
import { requestPacer } from '../ad-groups/api/request-pacer';

// Vitest runs with the browser's mock API, where the history says it needs the server; here a handler plays the server.
vi.mock('./availability', () => ({ HISTORY_NEEDS_SERVER: false }));

const world = installMockWorld();
const ACCOUNT = ACCOUNT_IDS.main;
const CAMPAIGN = CAMPAIGN_IDS.displayVisit;
const LIVE = AD_GROUP_IDS.displayLive; // budget 200,000 in the seed
const WORK_HOURS = AD_GROUP_IDS.displayWorkHours;
const PAGE_LOAD = { timeout: 8_000 };
/** Paced calls wait out Kakao's one-a-second limit (spec-notes #17). */
const PACED = { timeout: 8_000 };

afterEach(() => {
  requestPacer.reset();
  world.server.events.removeAllListeners();
});

let nextId = 100;
function record(overrides: Partial<ChangeRecord>): ChangeRecord {
  nextId += 1;
  return {
    id: String(nextId),
    at: '2026-11-30T05:02:00.000Z',
    user: '김마케터',
    adAccountId: ACCOUNT,
    campaignId: CAMPAIGN,
    adGroupId: LIVE,
    adGroupName: '봄 기획전_2030 여성_수도권',
    action: 'dailyBudget',
    changes: [{ field: 'dailyBudgetAmount', before: 150_000, after: 200_000 }],
    outcome: 'applied',
    ...overrides,
  };
}

/** GET /console/changes over `records`: the filters the tests use, two to a page. */
function serveChanges(records: ChangeRecord[]) {
  const queries: URLSearchParams[] = [];
  world.server.use(
    http.get('http://localhost/console/changes', ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      const matching = records.filter(
        (r) =>
          (!query.get('batchId') || r.batchId === query.get('batchId')) &&
          (!query.get('adGroupId') || String(r.adGroupId) === query.get('adGroupId')) &&
          (!query.get('action') || r.action === query.get('action')),
      );
      const start = Number(query.get('cursor') ?? 0);
      const next = start + 2 < matching.length ? String(start + 2) : null;
      return HttpResponse.json({ content: matching.slice(start, start + 2), next });
    }),
  );
  return queries;
}

/** The ad group writes the page sent, with the history's tags. */
function watchWrites() {
  const writes: { path: string; body: unknown; undoOf: string | null; batchId: string | null }[] = [];
  world.server.events.on('request:start', async ({ request }) => {
    if (request.method === 'GET') return;
    writes.push({
      path: new URL(request.url).pathname,
      body: JSON.parse(await request.clone().text()),
      undoOf: request.headers.get('X-Console-Undo-Of'),
      batchId: request.headers.get('X-Console-Batch-Id'),
    });
  });
  return writes;
}

async function renderHistory(search = '') {
  const queryClient = createTestQueryClient();
  const path = `/accounts/${ACCOUNT}/campaigns/${CAMPAIGN}/history${search}`;
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  const result = renderWithProviders(<RouterProvider router={router} />, { queryClient });
  await screen.findAllByTestId(/^change-\d+$/, {}, PAGE_LOAD);
  return { ...result, router };
}

const rowOf = (r: ChangeRecord) => within(screen.getByTestId(`change-${r.id}`));

describe('the campaign history page', { timeout: 60_000 }, () => {
  it('sends the URL’s filters, shows before → after and Kakao’s refusal, and pages on', async () => {
    const refused = record({ outcome: 'refused', detailCode: 32021, detailMsg: '일예산은 10,000원 이상이어야 합니다.', changes: [{ field: 'dailyBudgetAmount', before: 200_000, after: 5_000 }] });
    const applied = record({});
    const older = record({ at: '2026-11-20T00:00:00.000Z', changes: [{ field: 'dailyBudgetAmount', before: 100_000, after: 150_000 }] });
    const queries = serveChanges([refused, applied, older]);
    const { user, router } = await renderHistory('?action=dailyBudget&since=2026-11-01');

    expect(queries[0]?.get('action')).toBe('dailyBudget');
    expect(queries[0]?.get('campaignId')).toBe(String(CAMPAIGN));
    // A Seoul day starts at 15:00 UTC the day before.
    expect(queries[0]?.get('since')).toBe('2026-10-31T15:00:00.000Z');
    expect(rowOf(applied).getByText('Daily budget: ₩150,000 → ₩200,000')).toBeInTheDocument();
    expect(rowOf(refused).getByText('Refused')).toBeInTheDocument();
    expect(rowOf(refused).getByText('일예산은 10,000원 이상이어야 합니다.')).toHaveAttribute('lang', 'ko');
    expect(rowOf(refused).queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId(`change-${older.id}`)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show older changes' }));
    expect(await screen.findByText('Daily budget: ₩100,000 → ₩150,000')).toBeInTheDocument();
    expect(queries.at(-1)?.get('cursor')).toBe('2');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'onOff');
    await waitFor(() => expect(router.state.location.search).toEqual({ action: 'onOff', since: '2026-11-01' }));
    expect(await screen.findByText('No changes recorded yet')).toBeInTheDocument();
  });

  it('says a delete cannot be undone and offers a copy of the deleted group', async () => {
    const deleted = record({ action: 'delete', adGroupId: AD_GROUP_IDS.displayOff, adGroupName: '봄 기획전_리타게팅', changes: [] });
    serveChanges([deleted]);
    await renderHistory();
    expect(rowOf(deleted).getByText(/Cannot be undone/)).toBeInTheDocument();
    expect(rowOf(deleted).getByRole('link', { name: 'Duplicate from this record' })).toHaveAttribute(
      'href',
      `/accounts/${ACCOUNT}/campaigns/${CAMPAIGN}/ad-groups/new?from=${AD_GROUP_IDS.displayOff}`,
    );
    expect(rowOf(deleted).queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
  });

  it('undoes one change: the old value goes back through the paced call, tagged with the record', async () => {
    const change = record({});
    serveChanges([change]);
    const writes = watchWrites();
    const { user } = await renderHistory();
    await user.click(rowOf(change).getByRole('button', { name: 'Undo: Daily budget of 봄 기획전_2030 여성_수도권' }));
    expect(await screen.findByText('The change was undone.', {}, PACED)).toBeInTheDocument();
    expect(db.adGroup(ACCOUNT, LIVE)?.dailyBudgetAmount).toBe(150_000);
    expect(writes).toEqual([{ path: '/api/adGroups/dailyBudgetAmount', body: { id: LIVE, dailyBudgetAmount: 150_000 }, undoOf: change.id, batchId: null }]);
  });

  it('asks with the three values when the value moved on since, and keeping sends nothing', async () => {
    const change = record({ changes: [{ field: 'dailyBudgetAmount', before: 100_000, after: 180_000 }] });
    serveChanges([change]);
    const writes = watchWrites();
    const { user } = await renderHistory();
    await user.click(rowOf(change).getByRole('button', { name: /^Undo:/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'The value changed again since' }));
    const values = dialog.getByRole('row', { name: /Daily budget/ });
    expect(within(values).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['₩100,000', '₩180,000', '₩200,000']);
    await user.click(dialog.getByRole('button', { name: 'Keep the current value' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(writes).toEqual([]);
    expect(db.adGroup(ACCOUNT, LIVE)?.dailyBudgetAmount).toBe(200_000);
  });

  it('undoes a bulk action as one new batch, with progress and a result per row', async () => {
    for (const id of [LIVE, WORK_HOURS]) {
      const group = db.adGroup(ACCOUNT, id);
      if (group) db.updateAdGroup({ ...group, config: 'OFF' });
    }
    const onOff = () => ({ action: 'onOff', changes: [{ field: 'config', before: 'ON', after: 'OFF' }], batchId: 'bulk-1' });
    const first = record(onOff());
    const second = record({ ...onOff(), adGroupId: WORK_HOURS, adGroupName: '봄 기획전_평일 업무시간_PC' });
    serveChanges([first, second]);
    const writes = watchWrites();
    const { user } = await renderHistory();
    await user.click(rowOf(first).getByRole('button', { name: 'Undo the bulk action' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Undo the bulk action' }));
    await user.click(await dialog.findByRole('button', { name: 'Undo 2 changes' }, PAGE_LOAD));
    await waitFor(() => expect(dialog.getByRole('status')).toHaveTextContent('2 of 2 processed'), PACED);
    expect(dialog.getByTestId(`undo-row-${LIVE}`)).toHaveTextContent('Undone');
    expect(dialog.getByTestId(`undo-row-${WORK_HOURS}`)).toHaveTextContent('Undone');
    expect([db.adGroup(ACCOUNT, LIVE)?.config, db.adGroup(ACCOUNT, WORK_HOURS)?.config]).toEqual(['ON', 'ON']);
    expect(writes.map((w) => w.undoOf)).toEqual([first.id, second.id]);
    // One new batch for the undo, not the original's id.
    expect(new Set(writes.map((w) => w.batchId)).size).toBe(1);
    expect(writes[0]?.batchId).not.toBe('bulk-1');
    expect(writes[0]?.batchId).toMatch(/^[\w-]+$/);
  });
});
