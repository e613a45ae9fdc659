import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/register-messages';
import { scheduleMessages } from './messages';

export const SCHEDULE_NS = 'schedule';
registerMessages(SCHEDULE_NS, scheduleMessages);

/** Monday first, like the wire's `mondayTime`…`sundayTime` and the grid rows. */
export const DAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function useScheduleT() {
  return useTranslation(SCHEDULE_NS).t;
}

/** Localized short day names (월 화 수 … / Mon Tue Wed …), stable per language. */
export function useDayNames(kind: 'dayShort' | 'dayLong'): readonly string[] {
  const t = useScheduleT();
  return useMemo(() => DAY_IDS.map((id) => t(`${kind}.${id}`)), [t, kind]);
}

export function padHour(hour: number): string {
  return String(hour).padStart(2, '0');
}

/** "09:00–10:00": the hour a cell or column stands for. */
export function useHourRangeLabel(): (hour: number) => string {
  const t = useScheduleT();
  return useMemo(() => (hour: number) => t('hourRange', { from: padHour(hour), to: padHour(hour + 1) }), [t]);
}
