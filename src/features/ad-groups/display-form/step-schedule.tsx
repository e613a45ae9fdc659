import { Checkbox, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { displayBeginBounds } from '../../../api/rules/schedule';
import { ScheduleGridField } from '../../schedule/schedule-grid-field';
import { useDisplayForm, useFieldError } from './form-context';
import type { DisplayFormValues } from './form-values';
import { useDisplayT } from './i18n';

function EndDate() {
  const t = useDisplayT();
  const { control, register } = useDisplayForm();
  const noEnd = useWatch<DisplayFormValues, 'noEndDate'>({ name: 'noEndDate' });
  const begin = useWatch<DisplayFormValues, 'beginDate'>({ name: 'beginDate' });
  const error = useFieldError('endDate');
  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name="noEndDate"
        render={({ field }) => (
          <Checkbox label={t('schedule.noEndDate')} checked={field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} />
        )}
      />
      {!noEnd && <TextInput type="date" {...register('endDate')} label={t('schedule.endDate')} min={begin} error={error} maw={240} />}
    </Stack>
  );
}

export function StepSchedule({ today }: { today: string }) {
  const t = useDisplayT();
  const { control, register } = useDisplayForm();
  const gridLabel = useId();
  const beginError = useFieldError('beginDate');
  const bounds = displayBeginBounds(today);
  return (
    <Stack gap="lg">
      <TextInput
        type="date"
        {...register('beginDate')}
        label={t('schedule.beginDate')}
        description={t('schedule.beginHint', { max: bounds.max })}
        min={bounds.min}
        max={bounds.max}
        error={beginError}
        maw={240}
      />
      <EndDate />
      <Controller
        control={control}
        name="lateNight"
        render={({ field }) => (
          <Switch label={t('schedule.lateNight')} checked={field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} />
        )}
      />
      <Stack gap="xs">
        <Text id={gridLabel} fw={600}>
          {t('schedule.grid')}
        </Text>
        <ScheduleGridField control={control} name="grid" labelId={gridLabel} />
      </Stack>
    </Stack>
  );
}
