import type { TFunction } from 'i18next';
import { formatKrw } from '../../i18n/format';

const MONEY_FIELDS = new Set(['dailyBudgetAmount', 'bidAmount']);

/** A field's label; a field this console has no name for (a nested path) shows as recorded. */
export function fieldLabel(field: string, t: TFunction): string {
  return t(`field.${field}`, { defaultValue: field });
}

/** A recorded value as a person reads it: won for money, words for Kakao's codes. */
export function formatValue(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('value.none');
  if (typeof value === 'number') return MONEY_FIELDS.has(field) ? formatKrw(value) : value.toLocaleString('ko-KR');
  if (typeof value === 'string' || typeof value === 'boolean') return t(`value.${String(value)}`, { defaultValue: String(value) });
  if (Array.isArray(value)) return value.length === 0 ? t('value.none') : value.map((v) => formatValue(field, v, t)).join(', ');
  return JSON.stringify(value);
}
