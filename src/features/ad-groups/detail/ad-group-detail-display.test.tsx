// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api (src/testing/mock-world.ts), where the
// client sends from this origin.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PAGE_LOAD, renderDetailAt, SLOW } from './render-detail';
import { viewDisplayAdGroupResponse } from '../../../api/contracts/spec-samples';
import { TEST_API_BASE, installMockWorld } from '../../../testing/mock-world';

const world = installMockWorld();
const SAMPLE_CAMPAIGN = 33626;

/** The reference's View sample, with a TARGET_CPC target and both warnings switched on. */
function serveSample(overrides: Record<string, unknown> = {}) {
  const body = {
    ...viewDisplayAdGroupResponse,
    bidStrategyTarget: { type: 'TARGET_CPC', value: 250 },
    isDailyBudgetAmountOver: true,
    isValidPeriod: false,
    ...overrides,
  };
  world.server.use(http.get(`${TEST_API_BASE}/adGroups/54322`, () => HttpResponse.json(body)));
}

const section = (testId: string) => within(screen.getByTestId(testId));
const fact = (key: string) => screen.getByTestId(`fact-${key}`);

describe('ad group detail: Display family, from the reference sample', SLOW, () => {
  it('shows the name, status and campaign type and goal', async () => {
    serveSample();
    renderDetailAt(SAMPLE_CAMPAIGN, 54322);
    expect(await screen.findByRole('heading', { level: 1, name: 'kakao_bizboard_visit_202205201557' }, PAGE_LOAD)).toBeInTheDocument();
    expect(document.title).toBe('kakao_bizboard_visit_202205201557 · Moment Console');
    expect(fact('typeGoal')).toHaveTextContent('Kakao Bizboard · Visits');
    expect(fact('status')).toHaveTextContent('Running');
    expect(fact('createdDate')).toHaveTextContent('May 20, 2022, 3:57 PM');
    expect(screen.queryByTestId('system-stop')).not.toBeInTheDocument();
  });

  it('lists placements and devices as labels', async () => {
    serveSample();
    renderDetailAt(SAMPLE_CAMPAIGN, 54322);
    await screen.findByTestId('section-placement', {}, PAGE_LOAD);
    expect(fact('placements')).toHaveTextContent('Daum, Network, Kakao Talk, Kakao services (all available placements)');
    expect(fact('deviceTypes')).toHaveTextContent(/^Android, iOS$/);
    expect(fact('adServingCategories')).toHaveTextContent('None');
  });

  it('shows regions at all three depths, with the deprecated one marked, and the deprecated interest', async () => {
    serveSample();
    renderDetailAt(SAMPLE_CAMPAIGN, 54322);
    const targeting = within(await screen.findByTestId('section-targeting', {}, PAGE_LOAD));
    for (const region of ['광주광역시', '충청남도', '경기도 여주시', '서울특별시 도봉구', '강원도 삼척시 원덕읍']) {
      expect(targeting.getByText(region)).toBeInTheDocument();
    }
    const deprecated = targeting.getByText('전북특별자치도 전주시 덕진구 금암1동').parentElement;
    expect(deprecated).toHaveTextContent('Discontinued');
    expect(targeting.getByText('경기도 여주시').parentElement).not.toHaveTextContent('Discontinued');
    expect(targeting.getAllByText('Discontinued').length).toBeGreaterThanOrEqual(3); // region + interest + business type
  });

  it('shows the schedule as a read-only 7×24 table, the late-night option and the period', async () => {
    serveSample({ schedule: { ...viewDisplayAdGroupResponse.schedule, lateNight: true, endDate: '2022-06-30', endTime: '23:59:59.999999999' } });
    renderDetailAt(SAMPLE_CAMPAIGN, 54322);
    await screen.findByTestId('section-schedule', {}, PAGE_LOAD);
    const schedule = section('section-schedule');
    const table = schedule.getByRole('table', { name: 'Days and hours' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(schedule.getByText('Every day, every hour')).toBeInTheDocument();
    expect(fact('lateNight')).toHaveTextContent('On');
    expect(fact('period')).toHaveTextContent('May 20, 2022 00:00 – Jun 30, 2022 23:59');
  });

  it('shows bidding with the automatic target, pacing, the budget and both warnings', async () => {
    serveSample();
    renderDetailAt(SAMPLE_CAMPAIGN, 54322);
    await screen.findByTestId('section-bidding', {}, PAGE_LOAD);
    const bidding = section('section-bidding');
    expect(fact('bidStrategy')).toHaveTextContent('Automatic bidding');
    expect(fact('pricingType')).toHaveTextContent('CPC (cost per click)');
    expect(fact('bidStrategyTarget')).toHaveTextContent('Target CPC ₩250');
    expect(fact('pacing')).toHaveTextContent('None');
    expect(fact('bidAmount')).toHaveTextContent('Automatic bidding');
    // The daily budget is editable in place (Bizboard × Visit, not Reach).
    expect(bidding.getByRole('button', { name: /daily budget of kakao_bizboard/ })).toHaveTextContent('₩100,000');
    expect(screen.getByTestId('warning-budget-over')).toHaveTextContent("Today's daily budget is spent");
    expect(screen.getByTestId('warning-invalid-period')).toHaveTextContent('outside the delivery period');
  });

  it('shows no warning when the budget holds and the period is valid, and unknown enums as they come', async () => {
    serveSample({ isDailyBudgetAmountOver: false, isValidPeriod: true, pricingType: 'CPX', placements: ['DAUM', 'NEW_PLACE'] });
    renderDetailAt(SAMPLE_CAMPAIGN, 54322);
    await screen.findByTestId('section-bidding', {}, PAGE_LOAD);
    expect(screen.queryByTestId('warning-budget-over')).not.toBeInTheDocument();
    expect(screen.queryByTestId('warning-invalid-period')).not.toBeInTheDocument();
    expect(fact('pricingType')).toHaveTextContent(/^CPX$/);
    expect(fact('placements')).toHaveTextContent('Daum, NEW_PLACE');
  });
});

describe('ad group detail: Display family, from the mock world', SLOW, () => {
  it('names the Network categories and shows a manual bid that can be edited', async () => {
    renderDetailAt(35001, 54001);
    expect(await screen.findByRole('heading', { level: 1, name: '봄 기획전_2030 여성_수도권' }, PAGE_LOAD)).toBeInTheDocument();
    expect(await screen.findByText('뉴스/미디어')).toBeInTheDocument();
    expect(fact('adServingCategories')).toHaveTextContent('뉴스/미디어, 쇼핑, 라이프스타일');
    expect(screen.getByRole('button', { name: /maximum bid of 봄 기획전/ })).toHaveTextContent('₩250');
    expect(screen.getByRole('switch', { name: 'On/off: 봄 기획전_2030 여성_수도권' })).toBeChecked();
  });

  it("names a Bizboard group's chat-tab section categories", async () => {
    renderDetailAt(SAMPLE_CAMPAIGN, 54022);
    await screen.findByTestId('section-placement', {}, PAGE_LOAD);
    expect(await screen.findByText('채팅탭 전체')).toBeInTheDocument();
    expect(fact('sectionCategories')).toHaveTextContent(/^채팅탭 전체$/);
    expect(fact('placements')).toHaveTextContent(/^Kakao Talk$/);
  });

  it('shows the hours switched off in the grid', async () => {
    renderDetailAt(35001, 54005);
    const schedule = within(await screen.findByTestId('section-schedule', {}, PAGE_LOAD));
    expect(schedule.getByText('Mon–Sun 09–19')).toBeInTheDocument();
  });
});
