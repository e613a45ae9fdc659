import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { AdGroupList } from './ad-group-list';

const campaign = { id: 20, name: 'Spring sale', campaignTypeGoal: { campaignType: 'DISPLAY', goal: 'CONVERSION' } };
const groups = [
  { id: 1111, name: 'ad_group_1', config: 'ON', userConfig: 'ON', systemConfig: 'ON' },
  { id: 1112, name: 'ad_group_2', config: 'OFF', userConfig: 'OFF', systemConfig: 'ADMIN_STOP' },
];
const requests: { url: URL; adAccountId: string | null }[] = [];

const server = setupServer(
  http.get('*/api/campaigns/20', () => HttpResponse.json(campaign)),
  http.get('*/api/adGroups', ({ request }) => {
    requests.push({ url: new URL(request.url), adAccountId: request.headers.get('adAccountId') });
    return HttpResponse.json({ content: groups });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

const kakaoRefusal = () =>
  HttpResponse.json(
    { code: -813, msg: 'KakaoMomentException', extras: { detailCode: 32001, detailMsg: '캠페인이 존재하지 않습니다.' } },
    { status: 400 },
  );

describe('AdGroupList', () => {
  it("lists the campaign's ad groups with their status and system status", async () => {
    renderWithProviders(<AdGroupList adAccountId={10} campaignId={20} />);
    expect(screen.getByTestId('loading-skeleton')).toBeInTheDocument();

    const row = await screen.findByTestId('ad-group-1112');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('ad_group_2');
    expect(within(row).getByText('Off')).toBeInTheDocument();
    expect(within(row).getByText('Stopped by admin')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Ad groups of Spring sale' })).toBeInTheDocument();
    expect(document.title).toBe('Ad groups of Spring sale · Moment Console');

    expect(requests[0].url.searchParams.get('campaignId')).toBe('20');
    expect(requests[0].url.searchParams.get('config')).toBe('ON,OFF');
    expect(requests[0].adAccountId).toBe('10');
  });

  it('says so when the campaign has no ad groups', async () => {
    server.use(http.get('*/api/adGroups', () => HttpResponse.json({ content: [] })));
    renderWithProviders(<AdGroupList adAccountId={10} campaignId={20} />);
    expect(await screen.findByRole('heading', { name: 'This campaign has no ad groups' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows Kakao's refusal, and Retry loads the list", async () => {
    server.use(http.get('*/api/adGroups', kakaoRefusal, { once: true }));
    const { user } = renderWithProviders(<AdGroupList adAccountId={10} campaignId={20} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('캠페인이 존재하지 않습니다.');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('ad-group-1111')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a network failure', async () => {
    server.use(http.get('*/api/adGroups', () => HttpResponse.error()));
    renderWithProviders(<AdGroupList adAccountId={10} campaignId={20} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not reach the server/);
  });

  it('is translated into Korean', async () => {
    renderWithProviders(<AdGroupList adAccountId={10} campaignId={20} />, { language: 'ko' });
    expect(await screen.findByRole('columnheader', { name: '시스템 상태' })).toBeInTheDocument();
    expect(screen.getAllByText('정상').length).toBeGreaterThan(0);
  });
});
