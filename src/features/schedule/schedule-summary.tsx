import { Text } from '@mantine/core';
import { everyHour, hoursPerWeek, sameGrid, type ScheduleGrid } from './grid-model';
import { describeGrid } from './grid-summary';
import { useDayNames, useScheduleT } from './i18n';

/** The localized summary lines, e.g. ["Mon–Fri 09–19", "Sat 10–12"]; for the review step. */
export function useScheduleSummary(value: ScheduleGrid): { hours: string; detail: string } {
  const t = useScheduleT();
  const dayNames = useDayNames('dayShort');
  const count = hoursPerWeek(value);
  const detail =
    count === 0
      ? t('summary.none')
      : sameGrid(value, everyHour)
        ? t('summary.everyHour')
        : describeGrid(value, dayNames).join(' · ');
  return { hours: t('summary.hours', { count }), detail };
}

interface ScheduleSummaryProps {
  value: ScheduleGrid;
  /** Announce changes politely: on for the editable grid, off on a static review page. */
  live?: boolean;
  id?: string;
}

export function ScheduleSummary({ value, live = false, id }: ScheduleSummaryProps) {
  const { hours, detail } = useScheduleSummary(value);
  return (
    <div id={id} aria-live={live ? 'polite' : undefined} data-testid="schedule-summary">
      <Text size="sm" fw={600}>
        {hours}
      </Text>
      <Text size="sm" c={hoursPerWeek(value) === 0 ? 'red.9' : 'gray.8'}>
        {detail}
      </Text>
    </div>
  );
}
