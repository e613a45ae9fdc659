import { TextInput } from '@mantine/core';
import { useController, type FieldPath } from 'react-hook-form';
import { formatKrw } from '../../../i18n/format';
import { useDisplayForm, useFieldError } from './form-context';
import type { DisplayFormValues } from './form-values';
import { parseMoney } from './payload';

interface MoneyFieldProps {
  name: FieldPath<DisplayFormValues>;
  label: string;
  hint: string;
  /** '%' for ROAS; won otherwise. */
  unit?: 'won' | 'percent';
}

/** Money as typed text (convention 3), with the amount shown back in KRW as the user types. */
export function MoneyField({ name, label, hint, unit = 'won' }: MoneyFieldProps) {
  const { control } = useDisplayForm();
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ control, name });
  const error = useFieldError(name);
  const text = typeof value === 'string' ? value : '';
  const amount = parseMoney(text);
  const echo = Number.isNaN(amount) ? '' : unit === 'won' ? formatKrw(amount) : `${amount.toLocaleString('ko-KR')}%`;
  return (
    <TextInput
      ref={ref}
      name={name}
      value={text}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      label={label}
      description={echo ? `${echo} · ${hint}` : hint}
      error={error}
      inputMode="numeric"
      leftSection={unit === 'won' ? '₩' : '%'}
      autoComplete="off"
      maw={320}
    />
  );
}
