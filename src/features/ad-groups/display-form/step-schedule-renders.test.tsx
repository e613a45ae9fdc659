import { renderWithProviders } from '../../../testing/render';
import { screen } from '@testing-library/react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { defaultDisplayValues } from './defaults';
import type { DisplayFormValues } from './form-values';
import { StepSchedule } from './step-schedule';

const TODAY = '2026-03-10';
function Root({ onRender }: { onRender: () => void }) {
  onRender();
  const form = useForm<DisplayFormValues>({
    defaultValues: defaultDisplayValues({ id: 1, campaignType: 'DISPLAY', goal: 'VISITING' }, 'g', TODAY),
  });
  return (
    <FormProvider {...form}>
      <StepSchedule today={TODAY} />
    </FormProvider>
  );
}

describe('schedule step', () => {
  it('a painted cell re-renders the grid, not the form that holds it', async () => {
    const onRender = vi.fn();
    const { user } = renderWithProviders(<Root onRender={onRender} />);
    const cell = await screen.findByRole('gridcell', { name: /^Monday 09:00–10:00, on/ });
    const before = onRender.mock.calls.length;
    await user.click(cell);
    expect(await screen.findByRole('gridcell', { name: /^Monday 09:00–10:00, off/ })).toHaveAttribute('aria-selected', 'false');
    expect(onRender).toHaveBeenCalledTimes(before);
  });
});
