import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TargetingRequest } from '../../api/contracts/targeting';
import { renderWithProviders } from '../../testing/render';
import { LocationPicker } from './location-picker';
import { Harness, createLookupServer, last } from './test-harness';

const server = createLookupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const area: TargetingRequest = { type: 'NORMAL', ageType: 'ALL', genderType: 'ALL', locationType: 'AREA' };
const seoul = { value: 'I', description: '서울특별시', depth1Name: '서울특별시' };

describe('LocationPicker', { timeout: 20_000 }, () => {
  it('picks a city/province from the depth-1 list', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} part={LocationPicker} />);
    await user.click(screen.getByLabelText('Specific regions'));
    await user.click(await screen.findByLabelText('서울특별시'));
    expect(last(values)).toMatchObject({ locationType: 'AREA', locations: [seoul] });
    expect(screen.getByText('1 / 1,000 regions chosen')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Chosen regions' })).toHaveTextContent('서울특별시');
  });

  it('works from the keyboard: Space picks a region, Enter on a chip\'s button removes it', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} initial={area} part={LocationPicker} />);
    (await screen.findByLabelText('부산광역시')).focus();
    await user.keyboard(' ');
    expect(last(values).locations?.map((l) => l.value)).toEqual(['H']);
    screen.getByRole('button', { name: 'Remove 부산광역시' }).focus();
    await user.keyboard('{Enter}');
    expect(last(values).locations).toEqual([]);
  });

  it('searches depth 2 by keyword and picks a result', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} initial={area} part={LocationPicker} />);
    await user.click(screen.getByRole('tab', { name: 'City/county/district' }));
    await user.type(screen.getByLabelText('Search cities, counties and districts'), '도봉');
    await user.click(await screen.findByLabelText('서울특별시 도봉구'));
    expect(last(values).depth2Locations).toEqual([
      { value: 'I1009', description: '서울특별시 도봉구', depth1Name: '서울특별시', depth2Name: '도봉구' },
    ]);
  });

  it('picks a depth-3 region and marks a deprecated one, in the results and in its chip', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} initial={area} part={LocationPicker} />);
    await user.click(screen.getByRole('tab', { name: 'Town/township/neighbourhood' }));
    await user.type(screen.getByLabelText('Search towns, townships and neighbourhoods'), '금암1동');
    const row = (await screen.findByLabelText('전북특별자치도 전주시 덕진구 금암1동')).closest('li');
    expect(within(row as HTMLElement).getByText('Discontinued')).toBeInTheDocument();
    await user.click(within(row as HTMLElement).getByRole('checkbox'));
    expect(last(values).depth3Locations?.[0]).toMatchObject({ value: 'M55550301', deprecated: true });
    const chips = screen.getByRole('list', { name: 'Chosen regions' });
    expect(within(chips).getByText('전북특별자치도 전주시 덕진구 금암1동 (discontinued)')).toBeInTheDocument();
  });

  it('disables overseas (Z) for Bizboard with the reason, and not for Display', async () => {
    const { unmount } = renderWithProviders(
      <Harness values={[]} initial={area} part={LocationPicker} context={{ campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING' }} />,
    );
    const overseas = await screen.findByLabelText('해외');
    expect(overseas).toBeDisabled();
    expect(screen.getByText('Overseas regions are not available for Kakao Bizboard.')).toBeInTheDocument();
    unmount();
    renderWithProviders(<Harness values={[]} initial={area} part={LocationPicker} />);
    expect(await screen.findByLabelText('해외')).toBeEnabled();
  });

  it('never picks one region at two depths: a chosen parent blocks its children, a new parent replaces them', async () => {
    const values: TargetingRequest[] = [];
    const withDistrict: TargetingRequest = {
      ...area,
      depth2Locations: [{ value: 'I1009', description: '서울특별시 도봉구', depth1Name: '서울특별시', depth2Name: '도봉구' }],
    };
    const { user } = renderWithProviders(<Harness values={values} initial={withDistrict} part={LocationPicker} />);
    await user.click(await screen.findByLabelText('서울특별시'));
    expect(last(values).locations).toEqual([seoul]);
    expect(last(values).depth2Locations).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('removed 1 regions inside it');

    await user.click(screen.getByRole('tab', { name: 'City/county/district' }));
    await user.type(screen.getByLabelText('Search cities, counties and districts'), '도봉');
    const district = await screen.findByLabelText('서울특별시 도봉구');
    expect(district).toBeDisabled();
    expect(screen.getByText('Already included in 서울특별시, which is chosen.')).toBeInTheDocument();
  });

  it('refuses the 1,001st region with a message', async () => {
    const values: TargetingRequest[] = [];
    // 1,000 made-up depth-3 codes under a depth-2 region that the test never picks.
    const full: TargetingRequest = {
      ...area,
      depth3Locations: Array.from({ length: 1000 }, (_, i) => ({
        value: `B7222${String(i).padStart(4, '0')}`,
        description: `경기도 여주시 ${i}`,
      })),
    };
    const { user } = renderWithProviders(<Harness values={values} initial={full} part={LocationPicker} />);
    expect(screen.getByText('1,000 / 1,000 regions chosen')).toBeInTheDocument();
    await user.click(await screen.findByLabelText('서울특별시'));
    expect(values).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent('You can choose at most 1,000 regions');
  });

  it('asks before going back to all regions, then drops the lists', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(
      <Harness values={values} initial={{ ...area, locations: [seoul] }} part={LocationPicker} />,
    );
    await user.click(screen.getByLabelText('All regions'));
    expect(values).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Target all regions' }));
    await waitFor(() => expect(last(values)?.locationType).toBe('ALL'));
    expect(last(values)).not.toHaveProperty('locations');
  });
});
