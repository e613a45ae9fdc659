import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TargetingRequest } from '../../api/contracts/targeting';
import { renderWithProviders } from '../../testing/render';
import { AudienceChoice } from './audience-choice';
import { Harness, createLookupServer, last } from './test-harness';

const server = createLookupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const chosen: TargetingRequest = {
  type: 'NORMAL',
  ageType: 'NOT_ALL',
  ages: ['20', '25'],
  genderType: 'ALL',
  locationType: 'AREA',
  locations: [{ value: 'I', description: '서울특별시', depth1Name: '서울특별시' }],
  customerFileTargetings: [{ customerFileId: 1, inclusionType: 'INCLUDE' }],
};

describe('AudienceChoice', { timeout: 20_000 }, () => {
  it('confirms before an audience empties the rest, then offers to restore it', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} initial={chosen} part={AudienceChoice} />);

    await user.click(screen.getByLabelText('Use a saved audience'));
    const dialog = await screen.findByRole('dialog', { name: 'Use a saved audience?' });
    expect(dialog).toHaveTextContent('2 age groups, 1 regions, 1 custom audiences');
    expect(values).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Use an audience' }));
    expect(last(values)).toEqual({ type: 'DISPLAY', ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' });

    const select = await screen.findByLabelText('Saved audience');
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    // Display groups use DISPLAY audiences only; one still being prepared is listed but disabled.
    expect(options).not.toContain('채널 친구 중 구매 이력 보유');
    expect(within(select).getByRole('option', { name: /앱 구매자 제외 리타게팅/ })).toBeDisabled();
    await user.selectOptions(select, '101');
    expect(last(values)).toMatchObject({ type: 'DISPLAY', id: 101 });

    await user.click(screen.getByText(/restore the previous choices/));
    expect(last(values)).toEqual(chosen);
  });

  it('cancelling the confirmation keeps everything', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} initial={chosen} part={AudienceChoice} />);
    await user.click(screen.getByLabelText('Use a saved audience'));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(values).toEqual([]);
    expect(screen.getByLabelText('General targeting')).toBeChecked();
  });

  it('switches without asking when nothing is chosen, and Message groups use MESSAGE audiences', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(
      <Harness
        values={values}
        part={AudienceChoice}
        context={{ kind: 'message', campaignType: 'TALK_CHANNEL', goal: 'REACH' }}
      />,
    );
    await user.click(screen.getByLabelText('Use a saved audience'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(last(values).type).toBe('MESSAGE');
    const select = await screen.findByLabelText('Saved audience');
    expect(within(select).getByRole('option', { name: '채널 친구 중 구매 이력 보유' })).toBeEnabled();
  });

  it('hides demographics, regions and custom audiences while an audience is used', () => {
    renderWithProviders(<Harness values={[]} initial={{ type: 'DISPLAY', id: 101, ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' }} />);
    expect(screen.getByLabelText('Use a saved audience')).toBeChecked();
    expect(screen.queryByLabelText('All ages')).not.toBeInTheDocument();
    expect(screen.queryByText('Custom audiences')).not.toBeInTheDocument();
  });

  it('Smart message rules out saved audiences', () => {
    renderWithProviders(
      <Harness
        values={[]}
        part={AudienceChoice}
        context={{ kind: 'message', campaignType: 'TALK_CHANNEL', goal: 'REACH', smartMessage: true }}
      />,
    );
    expect(screen.getByLabelText('Use a saved audience')).toBeDisabled();
    expect(screen.getByText('Saved audiences cannot be used with Smart message.')).toBeInTheDocument();
  });
});
