// @vitest-environment-options {"url": "http://localhost/"}
// The mock world answers at http://localhost/api, where the client sends from this origin.
import { screen, waitFor } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { installMockWorld } from '../../../testing/mock-world';
import { db } from '../../../../mocks/db';
import { AD_GROUP_IDS } from '../../../../mocks/data/seed-ad-groups';
import { ACCOUNT_IDS } from '../../../../mocks/data/seed-accounts';
import { adGroupDetailQuery } from '../api/get-ad-group';
import { requestPacer } from '../api/request-pacer';
import { InlineBidEdit } from './inline-budget-bid-edit';
import { InlinePacingEdit } from './inline-pacing-edit';

installMockWorld();
afterEach(() => requestPacer.reset());
const ACCOUNT = ACCOUNT_IDS.main;

/** The edits as the detail page uses them: on the group's cached detail. */
function Edits({ id }: { id: number }) {
  const detail = useQuery(adGroupDetailQuery(ACCOUNT, id));
  if (!detail.data) return <p>loading</p>;
  return (
    <>
      <InlineBidEdit adAccountId={ACCOUNT} adGroup={detail.data} />
      <InlinePacingEdit adAccountId={ACCOUNT} adGroup={detail.data} />
    </>
  );
}

describe('inline bid and pacing edits', { timeout: 20_000 }, () => {
  it('offer no edit with automatic bidding', async () => {
    renderWithProviders(<Edits id={AD_GROUP_IDS.conversionAutobid} />);
    expect(await screen.findByText('Automatic bidding')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.getByText('None')).toBeInTheDocument();
  });

  it('check the bid against min(100,000, 50 % of the daily budget) before sending (spec-notes #1)', async () => {
    const { user } = renderWithProviders(<Edits id={AD_GROUP_IDS.displayLive} />);
    await user.click(await screen.findByRole('button', { name: 'Edit maximum bid of 봄 기획전_2030 여성_수도권' }));
    const input = screen.getByRole('textbox', { name: 'maximum bid of 봄 기획전_2030 여성_수도권' });
    await user.clear(input);
    await user.type(input, '100001{Enter}');
    // The group's daily budget is 200,000: half of it is above the 100,000 ceiling.
    expect(await screen.findByText('The bid can be at most ₩100,000.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '5{Enter}');
    expect(await screen.findByText('The bid must be at least ₩10.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '300{Enter}');
    await waitFor(() => expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.displayLive)?.bidAmount).toBe(300));
  });

  it('change the pacing with the keyboard: Enter saves, Esc cancels', async () => {
    const { user } = renderWithProviders(<Edits id={AD_GROUP_IDS.displayLive} />);
    const open = await screen.findByRole('button', { name: 'Edit pacing of 봄 기획전_2030 여성_수도권' });
    await user.click(open);
    await user.selectOptions(screen.getByRole('combobox', { name: 'pacing of 봄 기획전_2030 여성_수도권' }), 'QUICK');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit pacing of 봄 기획전_2030 여성_수도권' })).toHaveTextContent('Standard');

    await user.click(screen.getByRole('button', { name: 'Edit pacing of 봄 기획전_2030 여성_수도권' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'pacing of 봄 기획전_2030 여성_수도권' }), 'QUICK');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Edit pacing of 봄 기획전_2030 여성_수도권' })).toHaveTextContent('Accelerated');
    await waitFor(() => expect(db.adGroup(ACCOUNT, AD_GROUP_IDS.displayLive)?.pacing).toBe('QUICK'));
  });
});
