import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TargetingRequest } from '../../api/contracts/targeting';
import { renderWithProviders } from '../../testing/render';
import { TargetingSummary } from './targeting-summary';
import { createLookupServer } from './test-harness';

const server = createLookupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const value: TargetingRequest = {
  type: 'NORMAL',
  ageType: 'ALL',
  genderType: 'NOT_ALL',
  genders: ['M'],
  locationType: 'ALL',
  ufoInterests: ['I320104'],
  customerFileTargetings: [{ customerFileId: 2, inclusionType: 'EXCLUDE' }],
};

describe('TargetingSummary', { timeout: 20_000 }, () => {
  it('lists every choice read-only, with names from the look-ups, include/exclude and deprecated marks', async () => {
    renderWithProviders(<TargetingSummary value={value} adAccountId={1} />);
    const table = screen.getByRole('table', { name: 'Targeting summary' });
    expect(within(table).getByText('All ages')).toBeInTheDocument();
    expect(within(table).getByText('Male')).toBeInTheDocument();
    const file = await within(table).findByText('VIP 멤버십 회원');
    expect(within(file.parentElement as HTMLElement).getByText('Exclude')).toBeInTheDocument();
    const interest = await within(table).findByText('레저/취미 › 캠핑/아웃도어 › 글램핑');
    expect(within(interest.parentElement as HTMLElement).getByText('Discontinued')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('shows ids without an ad account, and no request is made', () => {
    renderWithProviders(<TargetingSummary value={value} />);
    expect(screen.getByText('#2')).toBeInTheDocument();
    expect(screen.getByText('I320104')).toBeInTheDocument();
  });
});
