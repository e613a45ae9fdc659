// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api, where the client sends from this origin.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { AD_GROUP_IDS } from '../../../../mocks/data/seed-ad-groups';
import { CAMPAIGN_IDS } from '../../../../mocks/data/seed-campaigns';
import { formatKrw } from '../../../i18n/format';
import { installMockWorld } from '../../../testing/mock-world';
import { ACCOUNT, listPath, PAGE_LOAD, renderAt } from './list-test-kit';

const world = installMockWorld();
const FILL = { timeout: 40_000 };

/** Lets the first `free` detail reads through; the rest wait until `release()`. */
function holdDetails(free: number) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let seen = 0;
  world.server.use(
    http.get('*/api/adGroups/:id', async () => {
      seen += 1;
      if (seen > free) await gate;
      // Nothing returned: the sandbox's own handler answers.
    }),
  );
  return { release: () => release() };
}

const rowIds = () => screen.getAllByTestId(/^ad-group-\d+$/).map((row) => row.dataset.testid);
const bulkGroups = () => db.adGroupsOf(ACCOUNT, CAMPAIGN_IDS.bulk).filter((g) => g.config !== 'DEL');

describe('whole-view features', { timeout: 90_000 }, () => {
  it('a sort by daily budget waits for every detail, keeping the order steady, then sorts the whole view', async () => {
    const held = holdDetails(20);
    renderAt(`${listPath(CAMPAIGN_IDS.bulk)}?sort=budget`);
    const total = bulkGroups().length;
    expect(await screen.findByText('Sorting by Daily budget once every detail is in.', {}, PAGE_LOAD)).toBeInTheDocument();
    const before = rowIds();
    expect(await screen.findByText(`Details 20 / ${total}`, {}, FILL)).toBeInTheDocument();
    // Twenty details arrived: no row moved.
    expect(rowIds()).toEqual(before);

    held.release();
    expect(await screen.findByText(`Details of all ${total} ad groups loaded`, {}, FILL)).toBeInTheDocument();
    expect(screen.queryByText('Sorting by Daily budget once every detail is in.')).not.toBeInTheDocument();
    const cheapest = Math.min(...bulkGroups().map((g) => g.dailyBudgetAmount ?? Infinity));
    const firstRow = screen.getAllByTestId(/^ad-group-\d+$/)[0];
    expect(within(firstRow).getByRole('button', { name: /^Edit daily budget/ })).toHaveTextContent(formatKrw(cheapest));
  });

  it('a waiting sort can be cancelled: the URL goes back to the order shown', async () => {
    const held = holdDetails(0);
    const { router, user } = renderAt(`${listPath(CAMPAIGN_IDS.bulk)}?sort=bid&dir=desc`);
    await user.click(await screen.findByRole('button', { name: 'Cancel sort' }, FILL));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
    expect(screen.queryByText(/^Sorting by/)).not.toBeInTheDocument();
    held.release();
  });

  it('a group deleted since the list was read (32026) keeps its row, marked, and its page says so', async () => {
    const id = AD_GROUP_IDS.displayLive;
    world.server.use(
      http.get(`*/api/adGroups/${id}`, () =>
        HttpResponse.json(
          { code: -813, msg: 'KakaoMomentException', extras: { detailCode: 32026, detailMsg: '삭제된 광고그룹입니다.' } },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderAt(listPath(CAMPAIGN_IDS.displayVisit));
    const row = await screen.findByTestId(`ad-group-${id}`, {}, PAGE_LOAD);
    expect(await within(row).findByText('Deleted since the list was loaded', {}, FILL)).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(within(row).getByRole('link', { name: '봄 기획전_2030 여성_수도권' }));
    expect(await screen.findByRole('heading', { name: 'This ad group was deleted' }, PAGE_LOAD)).toBeInTheDocument();
  });

  it("titles the page from the picker's campaign list, without waiting for GET /campaigns/{id}", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    world.server.use(http.get('*/api/campaigns/:id', async () => void (await gate)));
    renderAt(listPath(CAMPAIGN_IDS.displayVisit));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ad groups of 디스플레이_방문_봄 시즌 기획전' }, PAGE_LOAD)).toBeInTheDocument();
    release();
  });
});
