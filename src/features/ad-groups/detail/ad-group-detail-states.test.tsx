// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api, where the client sends from this origin.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PAGE_LOAD, renderDetailAt, SLOW } from './render-detail';
import {
  systemStopReasonExternalStopResponse,
  systemStopReasonListResponse,
  viewAdGroupFailResponse,
} from '../../../api/contracts/spec-samples';
import { installMockWorld, TEST_API_BASE } from '../../../testing/mock-world';
import { createTestQueryClient } from '../../../testing/render';
import { adGroupDetailQuery } from '../api/get-ad-group';

const world = installMockWorld();

/** A seeded group as the mock world serves it, parsed by the one detail query. */
async function fetchSeeded(id: number) {
  return createTestQueryClient().fetchQuery(adGroupDetailQuery(27429, id));
}

describe('ad group detail: system stop', SLOW, () => {
  it('shows the latest reason and detailed reason, and fetches the history only when opened', async () => {
    let historyCalls = 0;
    world.server.use(
      http.get(`${TEST_API_BASE}/adGroups/54013/latestSystemConfigHistory`, () =>
        HttpResponse.json(systemStopReasonExternalStopResponse),
      ),
      http.get(`${TEST_API_BASE}/adGroups/54013/systemConfigHistories`, () => {
        historyCalls += 1;
        return HttpResponse.json(systemStopReasonListResponse);
      }),
    );
    const { user } = renderDetailAt(35002, 54013);
    const banner = within(await screen.findByTestId('system-stop', {}, PAGE_LOAD));
    expect(banner.getByText('A linked service is restricted, so this ad group is stopped')).toBeInTheDocument();
    expect(await banner.findByText('채널 파트너센터에서 제재됨')).toHaveAttribute('lang', 'ko');
    expect(banner.getByText('메시지 집행 가이드, 운영정책 위반으로 2022년 7월 15일까지 메시지 발송이 불가')).toBeInTheDocument();
    expect(banner.getByText('Since Jan 1, 2021, 12:00 AM')).toBeInTheDocument();
    expect(historyCalls).toBe(0);

    // Keyboard alone: focus the disclosure and press Enter.
    const toggle = banner.getByRole('button', { name: 'Show the stop history (last two years)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    const table = await banner.findByRole('table', { name: 'System stops in the last two years, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('해당 광고그룹은 관리자정지 조치 취해졌습니다.')).toBeInTheDocument();
    expect(historyCalls).toBe(1);
    expect(banner.getByRole('button', { name: 'Hide the stop history' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows a seeded admin stop with its reason, and no banner for a running group', async () => {
    const first = renderDetailAt(35001, 54003);
    const banner = within(await screen.findByTestId('system-stop', {}, PAGE_LOAD));
    expect(banner.getByText('An administrator stopped this ad group')).toBeInTheDocument();
    expect(await banner.findByText(/광고 심사 기준/)).toBeInTheDocument();
    first.unmount();

    renderDetailAt(35001, 54001);
    await screen.findByTestId('section-overview', {}, PAGE_LOAD);
    expect(screen.queryByTestId('system-stop')).not.toBeInTheDocument();
  });
});

describe('ad group detail: not found, errors and raw JSON', SLOW, () => {
  it('says clearly that a group does not exist (32001), with a way back to the list', async () => {
    world.server.use(
      http.get(`${TEST_API_BASE}/adGroups/99999`, () => HttpResponse.json(viewAdGroupFailResponse, { status: 400 })),
    );
    const { user, router } = renderDetailAt(35001, 99999);
    const empty = within(await screen.findByTestId('empty-state', {}, PAGE_LOAD));
    expect(empty.getByRole('heading', { name: 'This ad group does not exist' })).toBeInTheDocument();
    expect(document.title).toBe('This ad group does not exist · Moment Console');
    await user.click(empty.getByRole('link', { name: /Back to the ad groups/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/accounts/27429/campaigns/35001/ad-groups'));
  });

  it('treats an id that is not a number as an unknown page', async () => {
    renderDetailAt(35001, 'abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' }, PAGE_LOAD)).toBeInTheDocument();
  });

  it('explains an expired or invalid token, and retries', async () => {
    world.server.use(
      http.get(
        `${TEST_API_BASE}/adGroups/54001`,
        () => HttpResponse.json({ code: -5, msg: 'KakaoMomentException', extras: { detailCode: 0, detailMsg: '권한 없음' } }, { status: 403 }),
        { once: true },
      ),
    );
    const { user } = renderDetailAt(35001, 54001);
    const error = await screen.findByTestId('error-state', {}, PAGE_LOAD);
    expect(error).toHaveTextContent('The business token is invalid, expired or lacks permission');
    await user.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: '봄 기획전_2030 여성_수도권' }, PAGE_LOAD)).toBeInTheDocument();
  });

  it("is instant when the list already fetched the group's detail (the same query)", async () => {
    const cached = { ...(await fetchSeeded(54001)), name: 'From the list cache' };
    let detailCalls = 0;
    world.server.use(
      http.get(`${TEST_API_BASE}/adGroups/54001`, () => {
        detailCalls += 1;
        return HttpResponse.json({ code: -813, msg: 'KakaoMomentException' }, { status: 500 });
      }),
    );
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(adGroupDetailQuery(27429, 54001).queryKey, cached);
    renderDetailAt(35001, 54001, { queryClient });
    expect(await screen.findByRole('heading', { level: 1, name: 'From the list cache' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByTestId('loading-skeleton')).not.toBeInTheDocument();
    expect(detailCalls).toBe(0);
  });

  it('shows the group as pretty-printed JSON on demand, and copies it', async () => {
    const { user } = renderDetailAt(35001, 54001);
    const raw = within(await screen.findByTestId('section-raw', {}, PAGE_LOAD));
    expect(raw.queryByTestId('raw-json')).not.toBeInTheDocument();
    await user.click(raw.getByRole('button', { name: 'Show raw JSON' }));
    const json = raw.getByTestId('raw-json');
    expect(json.textContent).toContain('  "id": 54001,');
    expect(JSON.parse(json.textContent ?? '')).toMatchObject({ id: 54001, name: '봄 기획전_2030 여성_수도권' });
    await user.click(raw.getByRole('button', { name: 'Copy JSON' }));
    expect(await raw.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(JSON.parse(await navigator.clipboard.readText())).toMatchObject({ id: 54001 });
    await user.click(raw.getByRole('button', { name: 'Hide raw JSON' }));
    expect(raw.queryByTestId('raw-json')).not.toBeInTheDocument();
  });

  it('links edit and duplicate to the wizards, and offers neither where they cannot work', async () => {
    const first = renderDetailAt(35001, 54001);
    await screen.findByTestId('section-overview', {}, PAGE_LOAD);
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/accounts/27429/campaigns/35001/ad-groups/54001/edit');
    expect(screen.getByRole('link', { name: 'Duplicate' })).toHaveAttribute(
      'href',
      '/accounts/27429/campaigns/35001/ad-groups/new?from=54001',
    );
    first.unmount();

    // Bizboard × Reach: the Open API neither edits nor copies it, and the page says so.
    const second = renderDetailAt(35009, 54081);
    await screen.findByTestId('section-overview', {}, PAGE_LOAD);
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Duplicate' })).not.toBeInTheDocument();
    expect(screen.getByTestId('read-only-note')).toHaveTextContent(
      'Kakao Moment’s Open API does not edit Kakao Bizboard · Reach ad groups: change them in Kakao Moment.',
    );
    second.unmount();

    // A deleted group can be neither edited nor switched; a copy of it can still be made.
    renderDetailAt(35001, 54004);
    await screen.findByTestId('section-overview', {}, PAGE_LOAD);
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Duplicate' })).toBeInTheDocument();
  });
});
