import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import type { TargetingRequest } from '../../api/contracts/targeting';
import { DemographicsEditor } from './demographics-editor';
import { Harness, createLookupServer, last } from './test-harness';

const server = createLookupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Mantine under jsdom is slow on a busy machine; each test clicks a dozen controls.
describe('DemographicsEditor', { timeout: 20_000 }, () => {
  it('sends ALL without a list, and NOT_ALL with the chosen ages and genders', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} part={DemographicsEditor} />);

    await user.click(screen.getByLabelText('Specific ages'));
    const ages = screen.getByRole('group', { name: 'Chosen ages' });
    await user.click(within(ages).getByLabelText('70+'));
    await user.click(within(ages).getByLabelText('15–19'));
    expect(last(values)).toMatchObject({ ageType: 'NOT_ALL', ages: ['15', '70'] });

    await user.click(screen.getByLabelText('Specific genders'));
    await user.click(screen.getByLabelText('Female'));
    expect(last(values)).toMatchObject({ genderType: 'NOT_ALL', genders: ['F'] });

    await user.click(screen.getByLabelText('All ages'));
    await user.click(screen.getByLabelText('All genders'));
    expect(last(values).ageType).toBe('ALL');
    expect(last(values)).not.toHaveProperty('ages');
    expect(last(values).genderType).toBe('ALL');
    expect(last(values)).not.toHaveProperty('genders');
  });

  it('adult targeting forces NOT_ALL with ages 20 and up, and disables 15–19 and "All ages"', async () => {
    const values: TargetingRequest[] = [];
    const { user } = renderWithProviders(<Harness values={values} part={DemographicsEditor} withAdultSwitch />);

    await user.click(screen.getByRole('switch', { name: /^Adult targeting/ }));
    expect(last(values)).toMatchObject({
      ageType: 'NOT_ALL',
      ages: ['20', '25', '30', '35', '40', '45', '50', '55', '60', '65', '70'],
    });
    expect(screen.getByLabelText('All ages')).toBeDisabled();
    const fifteen = screen.getByLabelText('15–19');
    expect(fifteen).toBeDisabled();
    expect(fifteen).not.toBeChecked();
    expect(screen.getByLabelText('70+')).toBeChecked();
    // Not locked yet (not saved): it can still be turned off.
    expect(screen.getByRole('switch', { name: /^Adult targeting/ })).toBeEnabled();
  });

  it('brings an adult group into line on its own, and cannot turn adult off once saved', async () => {
    const values: TargetingRequest[] = [];
    renderWithProviders(
      <Harness values={values} part={DemographicsEditor} withAdultSwitch context={{ adult: true, adultLocked: true }} />,
    );
    expect(last(values)).toMatchObject({ ageType: 'NOT_ALL', ages: expect.not.arrayContaining(['15']) });
    expect(last(values).ages).toHaveLength(11);
    const toggle = screen.getByRole('switch', { name: /^Adult targeting/ });
    expect(toggle).toBeChecked();
    expect(toggle).toBeDisabled();
    expect(screen.getByText(/cannot be turned off/)).toBeInTheDocument();
  });

  it('shows field errors beside the fields', () => {
    renderWithProviders(
      <Harness values={[]} part={DemographicsEditor} errors={{ 'targeting.ages': 'Choose at least one age group.' }} />,
    );
    expect(screen.getByText('Choose at least one age group.')).toBeInTheDocument();
  });
});
