import { Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { useFieldError, useMessageForm } from './form-context';
import type { MessageFormValues } from './form-values';
import { useMessageT } from './i18n';

/**
 * A start date and time; Kakao sends for up to 30 days. "Send to new friends after
 * sending to all" (longTerm) asks for the end, and sends on all devices (spec-notes #4).
 */
export function StepSchedule() {
  const t = useMessageT();
  const { register } = useMessageForm();
  const longTerm = useWatch<MessageFormValues, 'longTerm'>({ name: 'longTerm' });
  const errors = {
    beginDate: useFieldError('beginDate'),
    beginTime: useFieldError('beginTime'),
    endDate: useFieldError('endDate'),
    endTime: useFieldError('endTime'),
  };
  return (
    <Stack>
      <Group align="flex-start">
        <TextInput {...register('beginDate')} type="date" label={t('schedule.beginDate')} error={errors.beginDate} />
        <TextInput {...register('beginTime')} type="time" label={t('schedule.beginTime')} error={errors.beginTime} />
      </Group>
      <Text size="sm" c="gray.8">
        {t('schedule.period')}
      </Text>
      <Checkbox {...register('longTerm')} label={t('schedule.longTerm')} description={t('schedule.longTermHint')} />
      {longTerm && (
        <Group align="flex-start">
          <TextInput {...register('endDate')} type="date" label={t('schedule.endDate')} error={errors.endDate} />
          <TextInput {...register('endTime')} type="time" label={t('schedule.endTime')} error={errors.endTime} />
        </Group>
      )}
    </Stack>
  );
}
