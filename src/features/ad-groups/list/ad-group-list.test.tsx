// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api, where the client sends from this origin.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { installMockWorld } from '../../../testing/mock-world';
import { AD_GROUP_IDS } from '../../../../mocks/data/seed-ad-groups';
import { CAMPAIGN_IDS } from '../../../../mocks/data/seed-campaigns';
import { adGroupKeys } from '../api/keys';
import { ROW_HEIGHT } from './ad-group-row';
import { ACCOUNT, listPath, PAGE_LOAD, renderAt } from './list-test-kit';
import { MAX_DETAIL_REQUESTS } from './use-row-details';

const world = installMockWorld();
const detailPath = /\/api\/adGroups\/(\d+)$/;

/** Every GET /adGroups/{id}, and the most that were in flight at once. */
function watchDetailRequests() {
  const seen = { ids: [] as number[], inFlight: 0, maxInFlight: 0 };
  const ids = new Map<string, boolean>();
  world.server.events.on('request:start', ({ request, requestId }) => {
    const match = detailPath.exec(new URL(request.url).pathname);
    if (request.method !== 'GET' || !match) return;
    ids.set(requestId, true);
    seen.ids.push(Number(match[1]));
    seen.inFlight += 1;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
  });
  world.server.events.on('response:mocked', ({ requestId }) => {
    if (ids.delete(requestId)) seen.inFlight -= 1;
  });
  return seen;
}
afterEach(() => world.server.events.removeAllListeners());

describe('AdGroupList', { timeout: 60_000 }, () => {
  it('shows the rows at once, then fills in each row from its detail, cached under the detail key', async () => {
    const { queryClient } = renderAt(listPath(CAMPAIGN_IDS.displayVisit));
    const row = await screen.findByTestId(`ad-group-${AD_GROUP_IDS.displayLive}`, {}, PAGE_LOAD);
    expect(within(row).getByRole('link', { name: '봄 기획전_2030 여성_수도권' })).toHaveAttribute(
      'href',
      `/accounts/${ACCOUNT}/campaigns/${CAMPAIGN_IDS.displayVisit}/ad-groups/${AD_GROUP_IDS.displayLive}`,
    );
    expect(await within(row).findByText('₩200,000', {}, PAGE_LOAD)).toBeInTheDocument();
    expect(within(row).getByText('₩250')).toBeInTheDocument();
    expect(within(row).getByText('Standard')).toBeInTheDocument();
    expect(within(row).getByText('Manual bidding · CPC')).toBeInTheDocument();
    expect(queryClient.getQueryData(adGroupKeys.detail(ACCOUNT, AD_GROUP_IDS.displayLive))).toMatchObject({
      dailyBudgetAmount: 200_000,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ad groups of 디스플레이_방문_봄 시즌 기획전' })).toBeInTheDocument();
  });

  it('offers Duplicate on each row, opening the create wizard prefilled from that group', async () => {
    renderAt(listPath(CAMPAIGN_IDS.displayVisit));
    const row = await screen.findByTestId(`ad-group-${AD_GROUP_IDS.displayLive}`, {}, PAGE_LOAD);
    expect(await within(row).findByRole('link', { name: 'Duplicate 봄 기획전_2030 여성_수도권 into a new ad group' }, PAGE_LOAD)).toHaveAttribute(
      'href',
      `/accounts/${ACCOUNT}/campaigns/${CAMPAIGN_IDS.displayVisit}/ad-groups/new?from=${AD_GROUP_IDS.displayLive}`,
    );
  });

  it('fetches the on-screen rows first, then fills the whole view in the background: once each, at most four at a time', async () => {
    const seen = watchDetailRequests();
    renderAt(listPath(CAMPAIGN_IDS.bulk));
    const onScreen = Math.ceil(window.innerHeight / ROW_HEIGHT);
    const rendered = await screen.findAllByTestId(/^ad-group-\d+$/, {}, PAGE_LOAD);
    const total = Number(screen.getByRole('table').getAttribute('aria-rowcount')) - 1;
    expect(await screen.findByText(`Details of all ${total} ad groups loaded`, {}, { timeout: 40_000 })).toBeInTheDocument();
    await waitFor(() => expect(seen.inFlight).toBe(0));
    // Virtualized still: only the rows near the screen are in the DOM.
    expect(rendered.length).toBeLessThan(60);
    expect(seen.ids.slice(0, onScreen)).toEqual(rendered.slice(0, onScreen).map((r) => Number(r.dataset.testid?.slice('ad-group-'.length))));
    expect(new Set(seen.ids).size).toBe(total);
    expect(seen.ids).toHaveLength(total);
    expect(seen.maxInFlight).toBeLessThanOrEqual(MAX_DETAIL_REQUESTS);
    expect(seen.maxInFlight).toBeGreaterThan(1);
  });

  it('says so when the campaign has no ad groups', async () => {
    world.server.use(http.get('*/api/adGroups', () => HttpResponse.json({ content: [] })));
    renderAt(listPath(CAMPAIGN_IDS.displayVisit));
    expect(await screen.findByRole('heading', { name: 'This campaign has no ad groups' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows Kakao's refusal, and Retry loads the list", async () => {
    world.server.use(
      http.get(
        '*/api/adGroups',
        () =>
          HttpResponse.json(
            { code: -813, msg: 'KakaoMomentException', extras: { detailCode: 32001, detailMsg: '캠페인이 존재하지 않습니다.' } },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    const { user } = renderAt(listPath(CAMPAIGN_IDS.displayVisit));
    expect(await screen.findByRole('alert', {}, PAGE_LOAD)).toHaveTextContent('캠페인이 존재하지 않습니다.');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId(`ad-group-${AD_GROUP_IDS.displayLive}`)).toBeInTheDocument();
  });

  it('explains a network failure', async () => {
    world.server.use(http.get('*/api/adGroups', () => HttpResponse.error()));
    renderAt(listPath(CAMPAIGN_IDS.displayVisit));
    expect(await screen.findByRole('alert', {}, PAGE_LOAD)).toHaveTextContent(/Could not reach the server/);
  });

  it('is translated into Korean', async () => {
    renderAt(listPath(CAMPAIGN_IDS.displayVisit), { language: 'ko' });
    expect(await screen.findByRole('columnheader', { name: '시스템 상태' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV 내보내기' })).toBeInTheDocument();
  });
});

describe('the list page', { timeout: 60_000 }, () => {
  const base = listPath(CAMPAIGN_IDS.displayVisit);

  it('reads the filters from the URL and writes them back', async () => {
    const { router, user } = renderAt(`${base}?config=DEL`);
    expect(await screen.findByText('봄 기획전_지난 주 테스트', {}, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByText('봄 기획전_2030 여성_수도권')).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Deleted' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'On' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stopped by admin' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ config: 'ON,DEL', system: 'ADMIN_STOP' }));
    expect(await screen.findByText('봄 기획전_관리자 정지')).toBeInTheDocument();
    expect(screen.queryByText('봄 기획전_지난 주 테스트')).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'nothing like it');
    expect(await screen.findByRole('heading', { name: 'No ad group matches your filters' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'nothing like it' }));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    expect(await screen.findByText('봄 기획전_2030 여성_수도권')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
  });

  it('sorts by a column header, in the URL', async () => {
    const { router, user } = renderAt(base);
    await screen.findByText('봄 기획전_2030 여성_수도권', {}, PAGE_LOAD);
    await user.click(screen.getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ dir: 'desc' }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('offers no "New ad group" where the Open API cannot create, and says why rows are read-only', async () => {
    renderAt(listPath(CAMPAIGN_IDS.bizboardReach));
    expect(await screen.findByTestId('read-only-type', {}, PAGE_LOAD)).toHaveTextContent(
      'Kakao Moment’s Open API neither creates nor edits ad groups of this campaign type',
    );
    expect(screen.queryByRole('link', { name: 'New ad group' })).not.toBeInTheDocument();
    expect(await screen.findByText('Read-only · managed in Kakao Moment')).toBeInTheDocument();
  });

  it('offers "New ad group", which opens the wizard route of this campaign', async () => {
    const { router, user } = renderAt(listPath(CAMPAIGN_IDS.talkChannelReach));
    await user.click(await screen.findByRole('link', { name: 'New ad group' }, PAGE_LOAD));
    await waitFor(() => expect(router.state.location.pathname).toBe(`${listPath(CAMPAIGN_IDS.talkChannelReach)}/new`));
  });
});
