import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import type { PopulationScore } from '../api/use-population-score';
import type { MessageFormValues } from './form-values';
import { defaultMessageValues } from './payload';
import { PopulationPanel } from './population-panel';
import { StepSending } from './step-sending';

const base = defaultMessageValues('n', { date: '2024-03-01', time: '09:00' });
const population = (p: Partial<PopulationScore>): PopulationScore => ({ score: null, stale: false, error: null, retry: vi.fn(), ...p });

function Form({ values, children }: { values: MessageFormValues; children: ReactNode }) {
  const form = useForm<MessageFormValues>({ defaultValues: values });
  return <FormProvider {...form}>{children}</FormProvider>;
}

describe('StepSending', () => {
  it('prices 15 won without targeting; the count runs from the estimate to 50,000,000', () => {
    renderWithProviders(
      <Form values={{ ...base, contractCount: '152340' }}>
        <StepSending population={population({ score: 152340 })} />
      </Form>,
    );
    expect(screen.getByTestId('message-price')).toHaveTextContent('₩15');
    expect(screen.getByRole('textbox', { name: 'Number of messages' })).toHaveAccessibleDescription(
      'From 152,340 to 50,000,000',
    );
    expect(screen.getByRole('table', { name: 'Budget' })).toHaveTextContent('₩2,513,610');
  });

  it('prices 20 won with targeting; the count runs from 1 to the estimate; the total follows the count', async () => {
    const targeting = { ...base.targeting, ageType: 'NOT_ALL' as const, ages: ['30' as const] };
    const { user } = renderWithProviders(
      <Form values={{ ...base, targeting, contractCount: '' }}>
        <StepSending population={population({ score: 12000 })} />
      </Form>,
    );
    expect(screen.getByTestId('message-price')).toHaveTextContent('₩20');
    const count = screen.getByRole('textbox', { name: 'Number of messages' });
    expect(count).toHaveAccessibleDescription('From 1 to 12,000');
    await user.type(count, '100');
    expect(screen.getByRole('table', { name: 'Budget' })).toHaveTextContent('₩2,200');
  });

  it('Smart message: from 30,000 to the estimate', () => {
    renderWithProviders(
      <Form values={{ ...base, smartMessage: true }}>
        <StepSending population={population({ score: 76170 })} />
      </Form>,
    );
    expect(screen.getByRole('textbox', { name: 'Number of messages' })).toHaveAccessibleDescription('From 30,000 to 76,170');
  });
});

describe('PopulationPanel', () => {
  it('keeps the previous number and says a new one is coming', () => {
    renderWithProviders(<PopulationPanel population={population({ score: 500, stale: true })} />);
    expect(screen.getByRole('group', { name: 'Estimated recipients' })).toHaveTextContent('500 people');
    expect(screen.getByRole('status')).toHaveTextContent('Updating the estimate… Showing the previous estimate');
  });

  it('shows a failure with a retry', async () => {
    const retry = vi.fn();
    const { user } = renderWithProviders(
      <PopulationPanel population={population({ score: 500, error: new Error('x'), retry })} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The estimate could not be loaded.');
    await user.click(screen.getByRole('button', { name: 'Retry estimate' }));
    expect(retry).toHaveBeenCalled();
  });
});
