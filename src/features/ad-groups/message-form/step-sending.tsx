import { Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { SEND_RATES } from '../../../api/contracts/enums';
import { contractCountBounds, messagePrice } from '../../../api/rules/message';
import { hasTargeting } from '../../../api/rules/targeting';
import { formatKrw } from '../../../i18n/format';
import type { PopulationScore } from '../api/use-population-score';
import { BudgetPreview } from './budget-preview';
import { useFieldError, useMessageForm } from './form-context';
import type { MessageFormValues } from './form-values';
import { useMessageT } from './i18n';
import { parseCount } from './payload';
import { PopulationPanel } from './population-panel';

/** Price (computed, never typed), the number of messages within its bounds, and the live budget. */
function CountAndBudget({ population }: { population: PopulationScore }) {
  const t = useMessageT();
  const { register } = useMessageForm();
  const [targeting, smartMessage, countText] = useWatch<MessageFormValues, ['targeting', 'smartMessage', 'contractCount']>({
    name: ['targeting', 'smartMessage', 'contractCount'],
  });
  const error = useFieldError('contractCount');
  const price = messagePrice(targeting);
  const bounds =
    population.score === null
      ? null
      : contractCountBounds({ hasTargeting: hasTargeting(targeting), smartMessage, populationScore: population.score });
  return (
    <Stack>
      <div>
        <Text size="sm" c="gray.8" id="message-price-label">
          {t('sending.price')}
        </Text>
        <Text fw={700} aria-labelledby="message-price-label" data-testid="message-price">
          {t('sending.priceValue', { price: formatKrw(price) })}
        </Text>
        <Text size="xs" c="gray.8">
          {t('sending.priceWhy')}
        </Text>
      </div>
      <TextInput
        {...register('contractCount')}
        label={t('sending.count')}
        inputMode="numeric"
        autoComplete="off"
        description={bounds ? t('sending.countRange', { min: bounds.min, max: bounds.max }) : t('sending.countWaiting')}
        error={error}
        maw={320}
      />
      <BudgetPreview count={parseCount(countText)} price={price} />
    </Stack>
  );
}

function SendingOptions() {
  const t = useMessageT();
  const { register } = useMessageForm();
  const rateError = useFieldError('sendRate');
  return (
    <Stack>
      <NativeSelect
        {...register('sendRate', { setValueAs: (v: string | number) => Number(v) })}
        label={t('sending.sendRate')}
        description={t('sending.sendRateHint')}
        error={rateError}
        maw={320}
        data={SEND_RATES.map((rate) => ({
          value: String(rate),
          label: rate === 0 ? t('sending.sendRateOff') : t('sending.sendRateValue', { rate }),
        }))}
      />
      <Group>
        <Checkbox {...register('pushAlarm')} label={t('sending.pushAlarm')} description={t('sending.pushAlarmHint')} />
      </Group>
      <Checkbox
        {...register('ageVerification')}
        label={t('sending.ageVerification')}
        description={t('sending.ageVerificationHint')}
      />
    </Stack>
  );
}

export function StepSending({ population }: { population: PopulationScore }) {
  return (
    <Stack gap="xl">
      <PopulationPanel population={population} />
      <CountAndBudget population={population} />
      <SendingOptions />
    </Stack>
  );
}
