import { screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { MAX_CAMPAIGN_DETAIL_REQUESTS } from './api/get-campaign';
import { CampaignPicker } from './campaign-picker';

const campaigns = [
  { id: 1, name: 'Spring sale', config: 'ON', campaignTypeGoal: { campaignType: 'DISPLAY', goal: 'CONVERSION' } },
  { id: 2, name: 'Friends', config: 'OFF', campaignTypeGoal: { campaignType: 'TALK_CHANNEL', goal: 'REACH' } },
];
const detailCalls: string[] = [];
let listHeader: string | null = null;

const server = setupServer(
  http.get('*/api/campaigns', ({ request }) => {
    listHeader = request.headers.get('adAccountId');
    return HttpResponse.json({ content: campaigns.map(({ id, name, config }) => ({ id, name, config })) });
  }),
  http.get('*/api/campaigns/:id', ({ params }) => {
    detailCalls.push(String(params.id));
    return HttpResponse.json(campaigns.find((c) => String(c.id) === params.id));
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  detailCalls.length = 0;
});
afterAll(() => server.close());

describe('CampaignPicker', () => {
  it("shows each campaign's type and goal, fetching each detail once", async () => {
    const onChange = vi.fn();
    const { user, queryClient, rerender } = renderWithProviders(
      <CampaignPicker adAccountId={7} value={null} onChange={onChange} />,
    );
    const input = await screen.findByRole('combobox', { name: 'Campaign' });
    await waitFor(() => expect(input).toBeEnabled());
    expect(input).toHaveDisplayValue('Choose a campaign');
    expect(await screen.findByRole('option', { name: 'Friends (Kakao Talk Channel · Reach)' })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Spring sale (Display · Conversion)' })).toBeInTheDocument();
    expect(listHeader).toBe('7');

    await user.selectOptions(input, 'Friends (Kakao Talk Channel · Reach)');
    expect(onChange).toHaveBeenCalledWith(2);

    rerender(<CampaignPicker adAccountId={7} value={2} onChange={onChange} />);
    const chosen = screen.getByRole('combobox', { name: 'Campaign' });
    expect(chosen).toHaveDisplayValue('Friends (Kakao Talk Channel · Reach)');
    // Once chosen, "Choose a campaign" is no longer offered.
    expect(screen.queryByRole('option', { name: 'Choose a campaign' })).not.toBeInTheDocument();
    await queryClient.refetchQueries({ type: 'active', stale: true });
    expect(detailCalls.sort()).toEqual(['1', '2']);
  });

  it('reads at most four campaign details at once, and shows the types loaded so far', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ id: 100 + i, name: `Campaign ${i}`, config: 'ON' }));
    const flight = { now: 0, max: 0 };
    server.use(
      http.get('*/api/campaigns', () => HttpResponse.json({ content: many })),
      http.get('*/api/campaigns/:id', async ({ params }) => {
        flight.now += 1;
        flight.max = Math.max(flight.max, flight.now);
        await delay(20);
        flight.now -= 1;
        return HttpResponse.json({ ...many.find((c) => String(c.id) === params.id), campaignTypeGoal: { campaignType: 'DISPLAY', goal: 'VISITING' } });
      }),
    );
    renderWithProviders(<CampaignPicker adAccountId={8} value={null} onChange={() => {}} />);
    const input = await screen.findByRole('combobox', { name: 'Campaign' });
    await waitFor(() => expect(input).toBeEnabled());
    await waitFor(() => expect(screen.getAllByRole('option', { name: /\(Display · Visits\)$/ })).toHaveLength(11), { timeout: 10_000 });
    expect(flight.max).toBeGreaterThan(1);
    expect(flight.max).toBeLessThanOrEqual(MAX_CAMPAIGN_DETAIL_REQUESTS);
  });

  it('asks for an ad account first', () => {
    renderWithProviders(<CampaignPicker adAccountId={null} value={null} onChange={() => {}} />);
    const input = screen.getByRole('combobox', { name: 'Campaign' });
    expect(input).toBeDisabled();
    expect(input).toHaveDisplayValue('Choose an ad account first');
  });
});
