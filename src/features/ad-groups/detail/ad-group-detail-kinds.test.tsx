// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api, where the client sends from this origin.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PAGE_LOAD, renderDetailAt, SLOW } from './render-detail';
import { createMessageAdGroupResponse, createPersonalizedAdGroupResponse } from '../../../api/contracts/spec-samples';
import { installMockWorld, TEST_API_BASE } from '../../../testing/mock-world';

const world = installMockWorld();
const fact = (key: string) => screen.getByTestId(`fact-${key}`);
const MESSAGE_CAMPAIGN = 34097;

function serveMessage(overrides: Record<string, unknown> = {}) {
  const body = { ...createMessageAdGroupResponse, ...overrides };
  world.server.use(http.get(`${TEST_API_BASE}/adGroups/541620`, () => HttpResponse.json(body)));
}

describe('ad group detail: Message', SLOW, () => {
  it('shows the sending contract from the reference sample, totals with and without VAT', async () => {
    serveMessage();
    renderDetailAt(MESSAGE_CAMPAIGN, 541620);
    await screen.findByTestId('section-message', {}, PAGE_LOAD);
    expect(fact('contractCount')).toHaveTextContent('100 messages');
    expect(fact('price')).toHaveTextContent('₩15 per message');
    expect(fact('totalBudget')).toHaveTextContent(/^₩1,500$/);
    expect(fact('totalBudgetWithVAT')).toHaveTextContent(/^₩1,650$/);
    expect(fact('sendRate')).toHaveTextContent('Off (all messages at once)');
    expect(fact('ageVerification')).toHaveTextContent('General message');
    expect(fact('longTerm')).toHaveTextContent('Off');
    expect(fact('sendingStatus')).toHaveTextContent('Saved');
    expect(fact('syncStatus')).toHaveTextContent('Waiting');
    expect(fact('startedAt')).toHaveTextContent('Not started yet');
    expect(fact('profile')).toHaveTextContent('_ZQxd');
    expect(fact('period')).toHaveTextContent('Nov 15, 2023 13:00 – Dec 15, 2023 23:59');
    // Message groups have no hours to show, and no late-night option.
    expect(screen.queryByRole('table', { name: 'Days and hours' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('fact-lateNight')).not.toBeInTheDocument();
    expect(screen.queryByTestId('section-bidding')).not.toBeInTheDocument();
  });

  it('reads pushAlarm true as "no push notifications", and false as sent', async () => {
    serveMessage();
    const first = renderDetailAt(MESSAGE_CAMPAIGN, 541620);
    await screen.findByTestId('section-message', {}, PAGE_LOAD);
    expect(fact('pushAlarm')).toHaveTextContent(`Not sent ("don't send push notifications" is on)`);
    first.unmount();

    serveMessage({
      messageSendingInfo: { ...createMessageAdGroupResponse.messageSendingInfo, pushAlarm: false, sendRate: 1500 },
    });
    renderDetailAt(MESSAGE_CAMPAIGN, 541620);
    await screen.findByTestId('section-message', {}, PAGE_LOAD);
    expect(fact('pushAlarm')).toHaveTextContent(/^Sent$/);
    expect(fact('sendRate')).toHaveTextContent('1,500 messages at a time');
  });

  it('computes the totals with the shared rule when Kakao leaves them out, and says so', async () => {
    serveMessage({ totalBudget: undefined, totalBudgetWithVAT: null });
    renderDetailAt(MESSAGE_CAMPAIGN, 541620);
    await screen.findByTestId('section-message', {}, PAGE_LOAD);
    expect(fact('totalBudget')).toHaveTextContent('₩1,500 (messages × price)');
    expect(fact('totalBudgetWithVAT')).toHaveTextContent('₩1,650 (messages × price)');
  });

  it('names the channel and offers the switch and cancel contract, not delete', async () => {
    renderDetailAt(MESSAGE_CAMPAIGN, 54053);
    await screen.findByTestId('section-message', {}, PAGE_LOAD);
    expect(await screen.findByText('한빛몰')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'On/off: 여성 고객 신상품 안내' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel the contract of 여성 고객 신상품 안내' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete / })).not.toBeInTheDocument();
    expect(within(screen.getByTestId('section-targeting')).getByText('Female')).toBeInTheDocument();
  });

  it('cancels the contract after a confirmation that says what it does', async () => {
    const { user } = renderDetailAt(MESSAGE_CAMPAIGN, 541620);
    await screen.findByTestId('section-message', {}, PAGE_LOAD);
    await user.click(screen.getByRole('button', { name: 'Cancel the contract of 메시지_광고그룹' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the message sending contract?' });
    expect(dialog).toHaveTextContent('can no longer send messages');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel contract' }));
    expect(await screen.findByText('Contract cancelled', { selector: '[data-testid="fact-sendingStatus"]' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel the contract/ })).not.toBeInTheDocument();
  });
});

describe('ad group detail: Personalized message and read-only types', SLOW, () => {
  it('shows the channel, CPMS pricing and status of the reference sample', async () => {
    world.server.use(http.get(`${TEST_API_BASE}/adGroups/1`, () => HttpResponse.json(createPersonalizedAdGroupResponse)));
    renderDetailAt(35007, 1);
    await screen.findByTestId('section-personalized', {}, PAGE_LOAD);
    expect(screen.getByRole('heading', { level: 1, name: 'Test Personalized message ad group' })).toBeInTheDocument();
    expect(fact('profile')).toHaveTextContent('_Xxju');
    expect(fact('pricingType')).toHaveTextContent('CPMS (cost per message sent)');
    expect(fact('pricingType')).toHaveTextContent('depends on the platform policy');
    expect(fact('status')).toHaveTextContent('No creative can run');
    expect(fact('typeGoal')).toHaveTextContent('Personalized message · Reach');
    expect(screen.queryByTestId('section-targeting')).not.toBeInTheDocument();
    expect(screen.queryByTestId('section-schedule')).not.toBeInTheDocument();
  });

  it('shows a type the console does not edit read-only, with nothing to operate', async () => {
    renderDetailAt(35008, 54071);
    expect(await screen.findByTestId('read-only-note', {}, PAGE_LOAD)).toHaveTextContent(
      'Kakao Moment’s Open API does not edit Daum Shopping · Conversion ad groups',
    );
    // No raw type code on screen: the catalog names the read-only types too.
    expect(fact('typeGoal')).toHaveTextContent('Daum Shopping · Conversion');
    expect(fact('placements')).toHaveTextContent('Daum');
    expect(fact('bidAmount')).toHaveTextContent('₩400');
    const actions = screen.getByRole('group', { name: 'Ad group actions' });
    expect(within(actions).queryByRole('button')).not.toBeInTheDocument();
    expect(within(actions).queryByRole('switch')).not.toBeInTheDocument();
    expect(within(actions).queryByRole('link')).not.toBeInTheDocument();
  });
});
