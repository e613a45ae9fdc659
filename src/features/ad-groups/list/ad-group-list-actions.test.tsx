// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api, where the client sends from this origin.
import { screen, waitFor, within } from '@testing-library/react';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithProviders } from '../../../testing/render';
import { installMockWorld, TEST_API_BASE } from '../../../testing/mock-world';
import { db } from '../../../../mocks/db';
import { AD_GROUP_IDS } from '../../../../mocks/data/seed-ad-groups';
import { ACCOUNT_IDS } from '../../../../mocks/data/seed-accounts';
import { CAMPAIGN_IDS } from '../../../../mocks/data/seed-campaigns';
import { createAppRouter } from '../../../app/router';
import { requestPacer } from '../api/request-pacer';

const world = installMockWorld();
const ACCOUNT = ACCOUNT_IDS.main;
const PAGE_LOAD = { timeout: 8_000 };
/** Paced calls wait out Kakao's one-a-second limit (spec-notes #17). */
const PACED = { timeout: 6_000 };
const LIVE = '봄 기획전_2030 여성_수도권';

afterEach(() => requestPacer.reset());

const refusal = (detailMsg: string) =>
  HttpResponse.json({ code: -813, msg: 'KakaoMomentException', extras: { detailCode: 32013, detailMsg } }, { status: 400 });

/** Bodies of the ad group writes the page sent. */
function watchWrites() {
  const writes: { method: string; path: string; body: unknown }[] = [];
  world.server.events.on('request:start', async ({ request }) => {
    if (request.method === 'GET') return;
    const text = await request.clone().text();
    writes.push({ method: request.method, path: new URL(request.url).pathname, body: text ? JSON.parse(text) : undefined });
  });
  return writes;
}
afterEach(() => world.server.events.removeAllListeners());

async function renderList(campaignId: number) {
  const queryClient = createTestQueryClient();
  const path = `/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups`;
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  const result = renderWithProviders(<RouterProvider router={router} />, { queryClient });
  await screen.findAllByTestId(/^ad-group-\d+$/, {}, PAGE_LOAD);
  return result;
}
const rowOf = (id: number) => within(screen.getByTestId(`ad-group-${id}`));

describe('ad group list actions', { timeout: 60_000 }, () => {
  it('switches a group at once, and on refusal puts it back and shows Kakao\'s message', async () => {
    let release: () => void = () => {};
    const answered = new Promise<void>((r) => (release = r));
    world.server.use(
      http.put(`${TEST_API_BASE}/adGroups/onOff`, async () => {
        await answered;
        return refusal('이 광고그룹은 지금 상태를 바꿀 수 없습니다.');
      }),
    );
    const { user } = await renderList(CAMPAIGN_IDS.displayVisit);
    const toggle = rowOf(AD_GROUP_IDS.displayLive).getByRole('switch', { name: `On/off: ${LIVE}` });
    expect(toggle).toBeChecked();

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(rowOf(AD_GROUP_IDS.displayLive).getByText('Off')).toBeInTheDocument();
    release();
    expect(await screen.findByText('이 광고그룹은 지금 상태를 바꿀 수 없습니다.')).toBeInTheDocument();
    expect(toggle).toBeChecked();
    expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.displayLive)?.config).toBe('ON');
  });

  it('saves a switch that Kakao accepts', async () => {
    const { user } = await renderList(CAMPAIGN_IDS.displayVisit);
    await user.click(rowOf(AD_GROUP_IDS.displayOff).getByRole('switch'));
    await waitFor(() => expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.displayOff)?.config).toBe('ON'));
  });

  it('asks before turning a Talk Channel group off', async () => {
    const { user } = await renderList(CAMPAIGN_IDS.talkChannelReach);
    // A Message group's switch waits for its detail: its contract may be cancelled.
    await user.click(await rowOf(AD_GROUP_IDS.messageSaved).findByRole('switch', {}, PAGE_LOAD));
    const dialog = await screen.findByRole('dialog', { name: 'Turn the ad group off?' });
    expect(dialog).toHaveTextContent(/stops the messages being sent and cancels the messages scheduled/);
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.messageSaved)?.config).toBe('OFF'));
  });

  it('edits the daily budget inline: refuses 9,990 before sending, saves 20,000 with Enter, Esc cancels', async () => {
    const writes = watchWrites();
    const { user } = await renderList(CAMPAIGN_IDS.displayVisit);
    const edit = await rowOf(AD_GROUP_IDS.displayLive).findByRole('button', { name: `Edit daily budget of ${LIVE}` }, PAGE_LOAD);

    await user.click(edit);
    const input = rowOf(AD_GROUP_IDS.displayLive).getByRole('textbox', { name: `daily budget of ${LIVE}` });
    await user.clear(input);
    await user.type(input, '9990{Enter}');
    expect(await rowOf(AD_GROUP_IDS.displayLive).findByText('The daily budget must be at least ₩10,000.')).toBeInTheDocument();
    expect(writes).toEqual([]);

    await user.clear(input);
    await user.type(input, '20,000{Enter}');
    expect(await rowOf(AD_GROUP_IDS.displayLive).findByRole('button', { name: `Edit daily budget of ${LIVE}` })).toHaveTextContent('₩20,000');
    await waitFor(() => expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.displayLive)?.dailyBudgetAmount).toBe(20_000));
    expect(writes).toEqual([{ method: 'PUT', path: '/api/adGroups/dailyBudgetAmount', body: { id: AD_GROUP_IDS.displayLive, dailyBudgetAmount: 20_000 } }]);

    await user.click(rowOf(AD_GROUP_IDS.displayLive).getByRole('button', { name: `Edit daily budget of ${LIVE}` }));
    await user.type(rowOf(AD_GROUP_IDS.displayLive).getByRole('textbox'), '5{Escape}');
    expect(rowOf(AD_GROUP_IDS.displayLive).queryByRole('textbox')).not.toBeInTheDocument();
    expect(rowOf(AD_GROUP_IDS.displayLive).getByRole('button', { name: `Edit daily budget of ${LIVE}` })).toHaveTextContent('₩20,000');
    expect(writes).toHaveLength(1);
  });

  it('does not offer delete for an undeletable group (spec-notes #14), and deletes after confirming', async () => {
    const { user, unmount } = await renderList(CAMPAIGN_IDS.bizboardReach);
    expect(rowOf(AD_GROUP_IDS.bizboardReach).queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    expect(rowOf(AD_GROUP_IDS.bizboardReach).queryByRole('switch')).not.toBeInTheDocument();
    unmount();

    await renderList(CAMPAIGN_IDS.displayVisit);
    await user.click(rowOf(AD_GROUP_IDS.displayOff).getByRole('button', { name: 'Delete 봄 기획전_리타게팅' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the ad group?' });
    expect(dialog).toHaveTextContent('All creatives of the ad group are deleted.');
    expect(dialog).toHaveTextContent('Statistics from before the deletion can still be viewed.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.displayOff)?.config).toBe('DEL'));
    await waitFor(() => expect(screen.queryByTestId(`ad-group-${AD_GROUP_IDS.displayOff}`)).not.toBeInTheDocument());
  });

  it('turns several groups off with a result for each, and retries the failed one', async () => {
    let refusals = 0;
    world.server.use(
      http.put(`${TEST_API_BASE}/adGroups/onOff`, async ({ request }) => {
        const body = (await request.clone().json()) as { id: number };
        if (body.id !== AD_GROUP_IDS.displayAdminStop || refusals > 0) return undefined;
        refusals += 1;
        return refusal('관리자 정지 중인 광고그룹입니다.');
      }),
    );
    const { user } = await renderList(CAMPAIGN_IDS.displayVisit);
    for (const id of [AD_GROUP_IDS.displayLive, AD_GROUP_IDS.displayOff, AD_GROUP_IDS.displayAdminStop]) {
      await user.click(rowOf(id).getByRole('checkbox', { name: /^Select / }));
    }
    const toolbar = screen.getByRole('toolbar', { name: 'Actions on the selected ad groups' });
    expect(toolbar).toHaveTextContent('3 selected');
    await user.click(within(toolbar).getByRole('button', { name: 'Turn off' }));
    const confirm = await screen.findByRole('dialog', { name: 'Turn off 3 ad groups?' });
    expect(confirm).toHaveTextContent('This applies to 2 of them.');
    expect(confirm).toHaveTextContent('1 cannot take this action and will be skipped.');
    await user.click(within(confirm).getByRole('button', { name: 'Turn off' }));

    const results = await screen.findByRole('dialog', { name: 'Bulk action results' });
    await within(results).findByRole('button', { name: 'Retry the 1 failed' }, PACED);
    expect(screen.getByTestId(`bulk-result-${AD_GROUP_IDS.displayLive}`)).toHaveTextContent('Done');
    expect(screen.getByTestId(`bulk-result-${AD_GROUP_IDS.displayOff}`)).toHaveTextContent('Skipped: Already in that state');
    expect(screen.getByTestId(`bulk-result-${AD_GROUP_IDS.displayAdminStop}`)).toHaveTextContent('Failed: 관리자 정지 중인 광고그룹입니다.');
    expect(within(results).getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '100');

    await user.click(within(results).getByRole('button', { name: 'Retry the 1 failed' }));
    await waitFor(() => expect(screen.getByTestId(`bulk-result-${AD_GROUP_IDS.displayAdminStop}`)).toHaveTextContent('Done'), PACED);
    expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.displayAdminStop)?.config).toBe('OFF');
    expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.displayLive)?.config).toBe('OFF');
    await user.click(within(results).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('toolbar', { name: 'Actions on the selected ad groups' })).not.toBeInTheDocument();
  });
});
