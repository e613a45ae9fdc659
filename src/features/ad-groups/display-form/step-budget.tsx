import { Radio, Stack } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { autobidTargetBounds, autobidTargetTypesFor, bidStrategiesFor } from '../../../api/rules/autobid';
import { manualBidBounds, pricingTypesFor } from '../../../api/rules/bid';
import { DAILY_BUDGET, dailyBudgetBounds } from '../../../api/rules/budget';
import { allowedPacings, defaultPacing } from '../../../api/rules/pacing';
import { formatKrw } from '../../../i18n/format';
import type { DisplayCampaignFacts } from './campaign-facts';
import { defaultManualBid } from './defaults';
import { useDisplayForm, useFieldError } from './form-context';
import type { DisplayFormValues } from './form-values';
import { useDisplayT } from './i18n';
import { MoneyField } from './money-field';
import { parseMoney } from './payload';

type Props = { campaign: DisplayCampaignFacts };

function useBudget(): number {
  return parseMoney(useWatch<DisplayFormValues, 'dailyBudgetAmount'>({ name: 'dailyBudgetAmount' }));
}

function Manual({ campaign }: Props) {
  const t = useDisplayT();
  const { control, setValue } = useDisplayForm();
  const pricingType = useWatch<DisplayFormValues, 'pricingType'>({ name: 'pricingType' });
  const budget = useBudget();
  const bounds = manualBidBounds(campaign.campaignType, pricingType, budget);
  const pacings = allowedPacings(campaign.campaignType, campaign.goal, 'MANUAL');
  const pricingError = useFieldError('pricingType');
  const pacingError = useFieldError('pacing');
  const max = bounds && Number.isFinite(bounds.max) ? formatKrw(bounds.max) : formatKrw(100_000);
  return (
    <Stack gap="md">
      <Controller
        control={control}
        name="pricingType"
        render={({ field }) => (
          <Radio.Group
            label={t('budget.pricingType')}
            value={field.value}
            error={pricingError}
            onChange={(next) => {
              field.onChange(next);
              // A new pricing type starts from its preset bid (the reference's defaults table).
              setValue('bidAmount', String(defaultManualBid(campaign.campaignType, next)), { shouldDirty: true });
            }}
          >
            <Stack gap={6} mt={6}>
              {pricingTypesFor(campaign.campaignType).map((p) => (
                <Radio key={p} value={p} label={p} />
              ))}
            </Stack>
          </Radio.Group>
        )}
      />
      <MoneyField name="bidAmount" label={t('budget.bidAmount')} hint={t('budget.bidHint', { min: formatKrw(bounds?.min ?? 0), max })} />
      <Controller
        control={control}
        name="pacing"
        render={({ field }) => (
          <Radio.Group label={t('budget.pacing')} value={field.value} onChange={field.onChange} error={pacingError}>
            <Stack gap={6} mt={6}>
              {pacings.map((p) => (
                <Radio key={p} value={p} label={t(`budget.${p}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
      />
    </Stack>
  );
}

function Autobid({ campaign }: Props) {
  const t = useDisplayT();
  const { control } = useDisplayForm();
  const type = useWatch<DisplayFormValues, 'autobidType'>({ name: 'autobidType' });
  const budget = useBudget();
  const bounds = autobidTargetBounds(type, budget);
  const error = useFieldError('autobidType');
  const roas = type === 'TARGET_ROAS';
  return (
    <Stack gap="md">
      <Controller
        control={control}
        name="autobidType"
        render={({ field }) => (
          <Radio.Group label={t('budget.autobidGoal')} value={field.value} onChange={field.onChange} error={error}>
            <Stack gap={6} mt={6}>
              {autobidTargetTypesFor(campaign.campaignType).map((g) => (
                <Radio key={g} value={g} label={t(`budget.${g}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
      />
      {bounds && (
        <MoneyField
          name="autobidValue"
          label={t('budget.targetValue')}
          unit={roas ? 'percent' : 'won'}
          hint={
            roas
              ? t('budget.targetHintPercent', { min: bounds.min, max: bounds.max.toLocaleString('ko-KR') })
              : t('budget.targetHintWon', { min: formatKrw(bounds.min), max: Number.isFinite(bounds.max) ? formatKrw(bounds.max) : '–' })
          }
        />
      )}
    </Stack>
  );
}

export function StepBudget({ campaign }: Props) {
  const t = useDisplayT();
  const { control, setValue, getValues } = useDisplayForm();
  const strategy = useWatch<DisplayFormValues, 'bidStrategy'>({ name: 'bidStrategy' });
  const strategies = bidStrategiesFor(campaign.campaignType);
  const range = dailyBudgetBounds(campaign.dailyBudgetAmount);
  return (
    <Stack gap="lg">
      <MoneyField
        name="dailyBudgetAmount"
        label={t('budget.daily')}
        hint={t('budget.dailyHint', { min: formatKrw(DAILY_BUDGET.min), max: formatKrw(range.max) })}
      />
      {strategies.length > 1 && (
        <Controller
          control={control}
          name="bidStrategy"
          render={({ field }) => (
            <Radio.Group
              label={t('budget.strategy')}
              value={field.value}
              onChange={(next) => {
                const value = next === 'AUTOBID' ? 'AUTOBID' : 'MANUAL';
                field.onChange(value);
                setValue('pacing', defaultPacing(campaign.campaignType, campaign.goal, value), { shouldDirty: true });
                if (value === 'AUTOBID' && !getValues('autobidType')) setValue('autobidType', 'TARGET_CPC', { shouldDirty: true });
              }}
            >
              <Stack gap={6} mt={6}>
                {strategies.map((s) => (
                  <Radio key={s} value={s} label={t(`budget.${s}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
      )}
      {strategy === 'AUTOBID' ? <Autobid campaign={campaign} /> : <Manual campaign={campaign} />}
    </Stack>
  );
}
