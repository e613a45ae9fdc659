import { VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { HOURS_PER_DAY } from './grid-model';
import { padHour, useDayNames, useHourRangeLabel, useScheduleT } from './i18n';
import classes from './schedule-grid.module.css';

const HOURS = Array.from({ length: HOURS_PER_DAY }, (_, h) => h);

/**
 * The header row: one button per hour that switches that hour for the whole week.
 * `activeCol` is the hour whose button holds the grid's tab stop, or -1.
 */
export const HourHeaderRow = memo(function HourHeaderRow({ activeCol }: { activeCol: number }) {
  const t = useScheduleT();
  const range = useHourRangeLabel();
  return (
    <tr>
      <th scope="col" className={classes.headerCell}>
        <VisuallyHidden>{t('corner')}</VisuallyHidden>
      </th>
      {HOURS.map((hour) => (
        <th key={hour} scope="col" className={classes.headerCell}>
          <button
            type="button"
            className={classes.headerButton}
            tabIndex={activeCol === hour ? 0 : -1}
            data-row={-1}
            data-col={hour}
            aria-label={t('toggleHour', { range: range(hour) })}
          >
            {padHour(hour)}
          </button>
        </th>
      ))}
    </tr>
  );
});

/** A row header: the day's name, as a button that switches the whole day. */
export const DayHeader = memo(function DayHeader({ day, tabbable }: { day: number; tabbable: boolean }) {
  const t = useScheduleT();
  const shortNames = useDayNames('dayShort');
  const longNames = useDayNames('dayLong');
  return (
    <th scope="row" className={classes.headerCell}>
      <button
        type="button"
        className={classes.headerButton}
        tabIndex={tabbable ? 0 : -1}
        data-row={day}
        data-col={-1}
        aria-label={t('toggleDay', { day: longNames[day] })}
      >
        {shortNames[day]}
      </button>
    </th>
  );
});
